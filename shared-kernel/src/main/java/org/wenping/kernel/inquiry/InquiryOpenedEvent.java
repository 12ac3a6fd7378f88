package org.wenping.kernel.inquiry;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted once, when an inspector opens a 责任倒查 into a matter or a case. The first event of every inquiry.
 *
 * @param subjectId the record looked into: its aggregate identifier, whose stream is the history findings cite
 * @param subjectTitle the subject's title or case name as registered, for readers of the inquiry; may be null
 * @param reasonText what happened, in the inspector's words (the incident, the complaint, the audit's finding)
 * @param jurisdiction the subject's jurisdiction: the inquiry is scoped like the record it looks into
 * @param openedOn the business date the inquiry was opened
 */
@Revision("1")
public record InquiryOpenedEvent(
        InquiryId inquiryId,
        String subjectId,
        SubjectKind subjectKind,
        String subjectTitle,
        InquiryReason reason,
        String reasonText,
        JurisdictionCode jurisdiction,
        LocalDate openedOn) implements InquiryEvent {

    public InquiryOpenedEvent {
        Objects.requireNonNull(inquiryId, "inquiryId");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(subjectKind, "subjectKind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(reasonText, "reasonText");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(openedOn, "openedOn");
    }

    @Override
    public LocalDate businessDate() {
        return openedOn;
    }

    @Override
    public <R> R accept(InquiryEventCases<R> cases) {
        return cases.on(this);
    }
}
