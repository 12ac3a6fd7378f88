package org.wenping.command.inquiry;

import org.wenping.command.domain.CommandRefusedException;

/** A finding rests on events of the subject's own history, cited by their sequence numbers. */
class EvidenceNotInSubjectException extends CommandRefusedException {
    private EvidenceNotInSubjectException(String code, String message) {
        super(code, Kind.UNPROCESSABLE, "evidence", message);
    }

    static EvidenceNotInSubjectException absent(long sequence, String subjectId) {
        return new EvidenceNotInSubjectException("EVIDENCE_NOT_IN_SUBJECT",
                "被调查记录 " + subjectId + " 中没有序号为 " + sequence + " 的事件");
    }

    static EvidenceNotInSubjectException none() {
        return new EvidenceNotInSubjectException("EVIDENCE_REQUIRED", "调查认定须引证被调查记录中的事件");
    }
}
