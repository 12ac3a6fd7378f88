package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when the case is closed after its ruling, every measure carried out. Personal data may still be
 * erased or restricted afterwards.
 *
 * @param closedOn the business date of the closure
 */
@Revision("1")
public record CaseClosedEvent(
        CaseId caseId,
        String summary,
        LocalDate closedOn) implements CaseEvent {

    public CaseClosedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(closedOn, "closedOn");
    }

    @Override
    public LocalDate businessDate() {
        return closedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
