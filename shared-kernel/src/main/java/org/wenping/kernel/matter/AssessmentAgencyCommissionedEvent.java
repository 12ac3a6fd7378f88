package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.registry.AgencyId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a matter assessed by a third party (委托第三方) commissions its assessment agency: a registered
 * agency, selected in a lawful way (R4, seed 002).
 *
 * @param commissionedOn the business date of the commission contract
 */
@Revision("1")
public record AssessmentAgencyCommissionedEvent(
        MatterId matterId,
        AgencyId agencyId,
        SelectionMethod selectionMethod,
        LocalDate commissionedOn) implements MatterEvent {

    public AssessmentAgencyCommissionedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(selectionMethod, "selectionMethod");
        Objects.requireNonNull(commissionedOn, "commissionedOn");
    }

    @Override
    public LocalDate businessDate() {
        return commissionedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
