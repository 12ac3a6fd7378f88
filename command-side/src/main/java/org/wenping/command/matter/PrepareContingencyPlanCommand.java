package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Record a contingency plan (应急预案).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record PrepareContingencyPlanCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String summary,
        LocalDate preparedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.PREPARE_CONTINGENCY_PLAN;
    }
}
