package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Move a matter from 简易程序 to 普通程序 (R3) on the responsible unit's own judgement.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record EscalateProcedureCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate escalatedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ESCALATE_PROCEDURE;
    }
}
