package org.wenping.command.registry;

import org.wenping.kernel.registry.AgencyId;

import java.util.Optional;

/** What the registry of third-party assessment agencies knows of an agency, as R4 needs it. */
@FunctionalInterface
public interface AgencyRegistry {
    /** The agency as now recorded, or empty when no agency of that id was ever registered. */
    Optional<RegisteredAgency> findAgency(AgencyId id);
}
