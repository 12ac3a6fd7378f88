package org.wenping.kernel.inquiry;

import org.wenping.kernel.RecordEvent;

/** Every event of an inquiry's stream (追责, 责任倒查); {@link InquiryEventCases} is the exhaustive switch over the family. */
public sealed interface InquiryEvent extends RecordEvent
        permits InquiryOpenedEvent, FindingRecordedEvent, SanctionImposedEvent, InquiryConcludedEvent {
    InquiryId inquiryId();

    /** The case of {@code cases} for this event: an exhaustive switch over the family. */
    <R> R accept(InquiryEventCases<R> cases);

    @Override
    default String recordId() {
        return inquiryId().value();
    }
}
