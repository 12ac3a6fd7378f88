package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyId;

import java.time.LocalDate;

/** Enter a third-party assessment agency into the registry (R4). */
public record RegisterAgencyCommand(
        @TargetAggregateIdentifier AgencyId agencyId,
        String name,
        String creditCode,
        JurisdictionCode jurisdiction,
        LocalDate registeredOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.KEEP_AGENCY_REGISTRY;
    }
}
