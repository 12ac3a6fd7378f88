package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.registry.AgencyId;

import java.time.LocalDate;

/** Strike an agency from the registry; it may not be commissioned afterwards (R4). */
public record DeregisterAgencyCommand(
        @TargetAggregateIdentifier AgencyId agencyId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate deregisteredOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.KEEP_AGENCY_REGISTRY;
    }
}
