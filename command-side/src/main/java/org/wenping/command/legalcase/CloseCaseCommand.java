package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * 结案: close the case after its ruling.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CloseCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String summary,
        LocalDate closedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CLOSE_CASE;
    }
}
