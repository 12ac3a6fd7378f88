package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** A person's data already erased is neither erased again nor restricted: its key is gone. */
class PersonalDataErasedException extends CommandRefusedException {
    PersonalDataErasedException(String keyId) {
        super("PERSONAL_DATA_ALREADY_ERASED", Kind.CONFLICT, "keyId", "涉案人员 " + keyId + " 的个人信息已删除");
    }
}
