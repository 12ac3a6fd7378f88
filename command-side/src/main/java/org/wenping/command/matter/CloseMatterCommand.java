package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 结项: close a decided matter and seal its dossier.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CloseMatterCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String summary,
        LocalDate closedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CLOSE_MATTER;
    }
}
