package org.wenping.command.registry;

import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import java.util.List;
import java.util.Optional;

/** A third-party assessment agency as R4 sees it: its name and whether it is still registered. */
public record RegisteredAgency(AgencyId id, String name, boolean registered) {

    /** Folds the events of one agency's stream, oldest first. */
    public static Optional<RegisteredAgency> replay(List<?> events) {
        RegisteredAgency agency = null;
        for (Object event : events) {
            if (event instanceof AgencyRegisteredEvent e) {
                agency = new RegisteredAgency(e.agencyId(), e.name(), true);
            } else if (agency != null && event instanceof AgencyDeregisteredEvent) {
                agency = new RegisteredAgency(agency.id, agency.name, false);
            }
        }
        return Optional.ofNullable(agency);
    }
}
