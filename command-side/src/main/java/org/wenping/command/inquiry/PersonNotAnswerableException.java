package org.wenping.command.inquiry;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.inquiry.Breach;

/** A finding must name someone the subject's record shows answerable: who acted in it, in the events cited. */
class PersonNotAnswerableException extends CommandRefusedException {
    private PersonNotAnswerableException(String code, String message) {
        super(code, Kind.UNPROCESSABLE, "person", message);
    }

    static PersonNotAnswerableException neverActed(String person) {
        return new PersonNotAnswerableException("PERSON_NOT_IN_RECORD", "用户 " + person + " 未在被调查记录中办理任何事项");
    }

    static PersonNotAnswerableException notInEvidence(String person, Breach breach) {
        return new PersonNotAnswerableException("PERSON_NOT_IN_EVIDENCE",
                "用户 " + person + " 未办理所引证的任何事件;“" + breach.label() + "”须引证其本人办理的事件");
    }
}
