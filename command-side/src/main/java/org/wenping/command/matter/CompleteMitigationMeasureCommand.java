package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Record that an adopted mitigation measure was carried out.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CompleteMitigationMeasureCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId,
        String outcome,
        LocalDate completedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.COMPLETE_MEASURE;
    }
}
