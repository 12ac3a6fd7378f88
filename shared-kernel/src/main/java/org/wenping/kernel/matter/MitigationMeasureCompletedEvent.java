package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an adopted mitigation measure has been carried out (边实施边化解, seed 002); carried-out measures
 * count towards 酌情减轻 in a later 追责.
 *
 * @param completedOn the business date the measure was carried out
 */
@Revision("1")
public record MitigationMeasureCompletedEvent(
        MatterId matterId,
        String measureId,
        String outcome,
        LocalDate completedOn) implements MatterEvent {

    public MitigationMeasureCompletedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
