package org.wenping.kernel.registry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when the units and agencies an expert is tied to change; the lists replace the earlier ones (R5).
 *
 * @param changedOn the business date of the change
 */
@Revision("1")
public record ExpertAffiliationsChangedEvent(
        ExpertId expertId,
        List<String> affiliatedUnits,
        List<AgencyId> affiliatedAgencies,
        LocalDate changedOn) implements ExpertEvent {

    public ExpertAffiliationsChangedEvent {
        Objects.requireNonNull(expertId, "expertId");
        affiliatedUnits = List.copyOf(affiliatedUnits);
        affiliatedAgencies = List.copyOf(affiliatedAgencies);
        Objects.requireNonNull(changedOn, "changedOn");
    }

    @Override
    public LocalDate businessDate() {
        return changedOn;
    }

    @Override
    public <R> R accept(ExpertEventCases<R> cases) {
        return cases.on(this);
    }
}
