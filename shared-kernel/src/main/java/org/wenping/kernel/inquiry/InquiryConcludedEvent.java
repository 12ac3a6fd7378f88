package org.wenping.kernel.inquiry;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when the inquiry is concluded; nothing is recorded on it afterwards.
 *
 * @param conclusion the inquiry's conclusion (调查结论)
 * @param concludedOn the business date it was concluded
 */
@Revision("1")
public record InquiryConcludedEvent(
        InquiryId inquiryId,
        String conclusion,
        LocalDate concludedOn) implements InquiryEvent {

    public InquiryConcludedEvent {
        Objects.requireNonNull(inquiryId, "inquiryId");
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(concludedOn, "concludedOn");
    }

    @Override
    public LocalDate businessDate() {
        return concludedOn;
    }

    @Override
    public <R> R accept(InquiryEventCases<R> cases) {
        return cases.on(this);
    }
}
