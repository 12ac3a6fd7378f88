package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.RiskFactor;

import java.time.LocalDate;
import java.util.List;

/**
 * 分析论证: record the findings and risk factors of one dimension.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record AnalyseDimensionCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        AssessmentDimension dimension,
        String findings,
        List<RiskFactor> riskFactors,
        LocalDate analysedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ANALYSE_DIMENSION;
    }
}
