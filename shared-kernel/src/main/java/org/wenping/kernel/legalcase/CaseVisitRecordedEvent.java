package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when a follow-up visit (回访) to the parties of the case is recorded, by whom and what it found.
 *
 * @param visitor who made the visit
 * @param summary what the visit found
 * @param visitedOn the business date of the visit
 */
@Revision("1")
public record CaseVisitRecordedEvent(
        CaseId caseId,
        String visitor,
        String summary,
        LocalDate visitedOn) implements CaseEvent {

    public CaseVisitRecordedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(visitor, "visitor");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(visitedOn, "visitedOn");
    }

    @Override
    public LocalDate businessDate() {
        return visitedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
