package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.PredictedForm;

import java.time.LocalDate;
import java.util.List;

/**
 * 评估: assess one dimension of the case's risk in its current procedural stage.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record AssessCaseDimensionCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        CaseDimension dimension,
        String findings,
        List<PredictedForm> predictedForms,
        LocalDate assessedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
