package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an earlier event of the case is found to be wrong (R10): nothing is overwritten; this event names
 * the event it corrects and why. Where the facts must change, the step is recorded again.
 *
 * @param correctedEventId the identifier of the corrected event, an event of this case
 * @param correctedEventType the simple type name of the corrected event
 * @param correctedOn the business date the mistake was acknowledged
 */
@Revision("1")
public record CaseEventCorrectedEvent(
        CaseId caseId,
        String correctedEventId,
        String correctedEventType,
        String reason,
        LocalDate correctedOn) implements CaseEvent {

    public CaseEventCorrectedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(correctedEventId, "correctedEventId");
        Objects.requireNonNull(correctedEventType, "correctedEventType");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(correctedOn, "correctedOn");
    }

    @Override
    public LocalDate businessDate() {
        return correctedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
