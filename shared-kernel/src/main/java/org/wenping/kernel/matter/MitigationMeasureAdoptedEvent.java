package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a measure to prevent or defuse a risk (化解措施, 化解矛盾方案) is adopted, naming who is responsible for
 * it (seed 004 篇1: 明确责任).
 *
 * @param measureId identifies the measure within the matter
 * @param adoptedOn the business date the measure was adopted
 */
@Revision("1")
public record MitigationMeasureAdoptedEvent(
        MatterId matterId,
        String measureId,
        String description,
        String responsibleUnit,
        String responsiblePerson,
        LocalDate dueBy,
        LocalDate adoptedOn) implements MatterEvent {

    public MitigationMeasureAdoptedEvent {
        Objects.requireNonNull(matterId, "matterId");
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
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
