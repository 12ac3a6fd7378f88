package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * 定级: grade the case's risk in its current stage, a level of the scheme recorded at listing.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record GradeCaseRiskCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        RiskLevel level,
        List<String> reasons,
        LocalDate gradedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
