package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 决策: the 决策机关 decides (R1, R2). A decision the grading table does not allow needs an override reason.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record MakeDecisionCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        Decision decision,
        String meetingReference,
        String overrideReason,
        LocalDate decidedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.MAKE_DECISION;
    }
}
