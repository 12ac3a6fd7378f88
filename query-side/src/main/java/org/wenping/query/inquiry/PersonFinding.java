package org.wenping.query.inquiry;

import org.wenping.query.dossier.CodeLabel;

/** A finding naming one person, with the inquiry and the subject it belongs to. */
record PersonFinding(String inquiryId, String subjectId, CodeLabel subjectKind, String subjectTitle,
                     String jurisdiction, boolean inquiryConcluded, FindingView finding) {
}
