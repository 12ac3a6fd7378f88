package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a measure to defuse the case's risk is adopted under its 预防处置工作方案, naming the unit and the
 * person responsible for it (seed 004 篇4: 明确责任分工,确定协同单位).
 *
 * @param measureId identifies the measure within the case
 * @param responsibleUnit the unit carrying it out (协同单位 or the organ itself)
 * @param dueBy when it is to be done, or null
 * @param adoptedOn the business date the measure was adopted
 */
@Revision("1")
public record CaseMeasureAdoptedEvent(
        CaseId caseId,
        String measureId,
        String description,
        String responsibleUnit,
        String responsiblePerson,
        LocalDate dueBy,
        LocalDate adoptedOn) implements CaseEvent {

    public CaseMeasureAdoptedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(responsiblePerson, "responsiblePerson");
        Objects.requireNonNull(adoptedOn, "adoptedOn");
    }

    @Override
    public LocalDate businessDate() {
        return adoptedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
