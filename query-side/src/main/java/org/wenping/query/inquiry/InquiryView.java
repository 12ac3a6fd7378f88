package org.wenping.query.inquiry;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.wenping.query.dossier.ActorView;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.live.LiveEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One 责任倒查 as readers see it: what it looks into and why, its findings with their sanctions, its conclusion.
 *
 * @param version the sequence number of the inquiry's last event applied, the projection's idempotency mark
 * @param jurisdiction the subject's jurisdiction, which scopes every read of the inquiry
 * @param conclusion the conclusion, or null while the inquiry is open
 */
record InquiryView(
        String id,
        long version,
        String subjectId,
        CodeLabel subjectKind,
        String subjectTitle,
        CodeLabel reason,
        String reasonText,
        String jurisdiction,
        LocalDate openedOn,
        ActorView openedBy,
        List<FindingView> findings,
        String conclusion,
        LocalDate concludedOn,
        Instant lastChangedAt) implements LiveEvent {

    /** The live stream sends an inquiry's new state as the SSE event {@code inquiry}. */
    @Override
    @JsonIgnore
    public String eventName() {
        return "inquiry";
    }

    InquiryView with(FindingView finding) {
        List<FindingView> more = new ArrayList<>(findings);
        more.add(finding);
        return withFindings(List.copyOf(more));
    }

    InquiryView sanctioning(String findingId, SanctionView sanction) {
        UnaryOperator<FindingView> sanctioned = f -> f.findingId().equals(findingId) ? f.with(sanction) : f;
        return withFindings(findings.stream().map(sanctioned).toList());
    }

    InquiryView concluded(String text, LocalDate on) {
        return new InquiryView(id, version, subjectId, subjectKind, subjectTitle, reason, reasonText, jurisdiction,
                openedOn, openedBy, findings, text, on, lastChangedAt);
    }

    InquiryView stamped(long sequence, Instant at) {
        return new InquiryView(id, sequence, subjectId, subjectKind, subjectTitle, reason, reasonText, jurisdiction,
                openedOn, openedBy, findings, conclusion, concludedOn, at);
    }

    private InquiryView withFindings(List<FindingView> changed) {
        return new InquiryView(id, version, subjectId, subjectKind, subjectTitle, reason, reasonText, jurisdiction,
                openedOn, openedBy, changed, conclusion, concludedOn, lastChangedAt);
    }
}
