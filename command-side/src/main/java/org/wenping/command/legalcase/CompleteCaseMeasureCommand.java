package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * Record that a measure adopted for the case was carried out.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CompleteCaseMeasureCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId,
        String outcome,
        LocalDate completedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
