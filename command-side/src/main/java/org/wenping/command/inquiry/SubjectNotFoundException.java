package org.wenping.command.inquiry;

import org.wenping.command.domain.CommandRefusedException;

/** An inquiry looks into a matter or a case that exists. */
class SubjectNotFoundException extends CommandRefusedException {
    SubjectNotFoundException(String subjectId) {
        super("SUBJECT_NOT_FOUND", Kind.NOT_FOUND, "subjectId", "未找到被调查的事项或案件 " + subjectId);
    }
}
