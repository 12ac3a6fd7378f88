package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * 化解稳定风险: record the risk of the current stage as resolved.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ResolveCaseRiskCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String summary,
        LocalDate resolvedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
