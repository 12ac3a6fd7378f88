package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a measure adopted for the case has been carried out, with its outcome.
 *
 * @param measureId the measure of this case that was carried out
 * @param completedOn the business date it was carried out
 */
@Revision("1")
public record CaseMeasureCompletedEvent(
        CaseId caseId,
        String measureId,
        String outcome,
        LocalDate completedOn) implements CaseEvent {

    public CaseMeasureCompletedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(measureId, "measureId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    @Override
    public LocalDate businessDate() {
        return completedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
