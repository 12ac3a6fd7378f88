package org.wenping.command.registry;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import java.util.List;
import java.util.Optional;

/**
 * A third-party assessment agency as R4 sees it: its name, the jurisdiction whose registry holds it, and whether it
 * is still registered.
 */
public record RegisteredAgency(AgencyId id, String name, JurisdictionCode jurisdiction, boolean registered) {

    /** Whether a matter of {@code matter}'s jurisdiction may commission it: a province's agency serves its cities and counties. */
    public boolean serves(JurisdictionCode matter) {
        return jurisdiction.contains(matter);
    }

    /** Folds the events of one agency's stream, oldest first. */
    public static Optional<RegisteredAgency> replay(List<?> events) {
        RegisteredAgency agency = null;
        for (Object event : events) {
            if (event instanceof AgencyRegisteredEvent e) {
                agency = new RegisteredAgency(e.agencyId(), e.name(), e.jurisdiction(), true);
            } else if (agency != null && event instanceof AgencyDeregisteredEvent) {
                agency = new RegisteredAgency(agency.id, agency.name, agency.jurisdiction, false);
            }
        }
        return Optional.ofNullable(agency);
    }
}
