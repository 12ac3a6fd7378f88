package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Adopt a measure to prevent or defuse a risk, naming who is responsible for it.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record AdoptMitigationMeasureCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId,
        String description,
        String responsibleUnit,
        String responsiblePerson,
        LocalDate dueBy,
        LocalDate adoptedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ADOPT_MEASURE;
    }
}
