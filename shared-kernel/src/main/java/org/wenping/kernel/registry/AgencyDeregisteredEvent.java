package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an agency is struck from the registry; it may not be commissioned afterwards (R4).
 *
 * @param deregisteredOn the business date of removal
 */
@Revision("1")
public record AgencyDeregisteredEvent(
        AgencyId agencyId,
        String reason,
        LocalDate deregisteredOn) implements AgencyEvent {

    public AgencyDeregisteredEvent {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(deregisteredOn, "deregisteredOn");
    }

    @Override
    public LocalDate businessDate() {
        return deregisteredOn;
    }

    @Override
    public <R> R accept(AgencyEventCases<R> cases) {
        return cases.on(this);
    }
}
