package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 更正: record that an earlier event of the matter was wrong, and why (R10).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CorrectEventCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String correctedEventId,
        String reason,
        LocalDate correctedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CORRECT_RECORD;
    }
}
