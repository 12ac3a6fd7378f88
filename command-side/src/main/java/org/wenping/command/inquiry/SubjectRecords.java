package org.wenping.command.inquiry;

import java.util.Optional;

/** The matter or case an inquiry looks into, as its own stream records it. */
interface SubjectRecords {
    /** The subject's history, or empty when no matter or case was recorded under {@code subjectId}. */
    Optional<SubjectHistory> find(String subjectId);
}
