package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when an expert is entered into the 专家库 (seed 002), with the units and agencies the expert is tied to
 * (which decide 回避, R5).
 *
 * @param affiliatedUnits units the expert works for or is otherwise tied to
 * @param affiliatedAgencies third-party assessment agencies the expert is tied to
 * @param jurisdiction the jurisdiction whose pool holds the expert
 * @param registeredOn the business date of entry into the pool
 */
@Revision("1")
public record ExpertRegisteredEvent(
        ExpertId expertId,
        String name,
        String specialty,
        List<String> affiliatedUnits,
        List<AgencyId> affiliatedAgencies,
        JurisdictionCode jurisdiction,
        LocalDate registeredOn) implements ExpertEvent {

    public ExpertRegisteredEvent {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(specialty, "specialty");
        affiliatedUnits = List.copyOf(affiliatedUnits);
        affiliatedAgencies = List.copyOf(affiliatedAgencies);
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(registeredOn, "registeredOn");
    }

    @Override
    public LocalDate businessDate() {
        return registeredOn;
    }

    @Override
    public <R> R accept(ExpertEventCases<R> cases) {
        return cases.on(this);
    }
}
