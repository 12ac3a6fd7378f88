package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a third-party assessment agency is entered into the registry (seed 002); only registered
 * agencies may be commissioned (R4).
 *
 * @param creditCode the 统一社会信用代码
 * @param jurisdiction the jurisdiction whose registry holds the agency
 * @param registeredOn the business date of registration
 */
@Revision("1")
public record AgencyRegisteredEvent(
        AgencyId agencyId,
        String name,
        String creditCode,
        JurisdictionCode jurisdiction,
        LocalDate registeredOn) implements AgencyEvent {

    public AgencyRegisteredEvent {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(creditCode, "creditCode");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public <R> R accept(AgencyEventCases<R> cases) {
        return cases.on(this);
    }
}
