package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * 回访: record a follow-up visit to the parties.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record RecordCaseVisitCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String visitor,
        String summary,
        LocalDate visitedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
