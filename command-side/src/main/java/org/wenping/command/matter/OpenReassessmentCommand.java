package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Re-open 评估/定级 because a new major risk appeared during 跟踪 (R7).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record OpenReassessmentCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate openedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.OPEN_REASSESSMENT;
    }
}
