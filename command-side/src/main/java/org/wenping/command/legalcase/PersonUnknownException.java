package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** A key id that names none of the case's 涉案人员. */
class PersonUnknownException extends CommandRefusedException {
    PersonUnknownException(String keyId) {
        super("CASE_PERSON_UNKNOWN", Kind.UNPROCESSABLE, "keyId", "本案涉案人员中没有 " + keyId);
    }
}
