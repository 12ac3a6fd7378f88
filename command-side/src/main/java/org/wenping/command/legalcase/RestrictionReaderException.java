package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.actor.Role;

/** Restricted data stays readable by one role, and that role must be one that reads personal data at all (R9). */
class RestrictionReaderException extends CommandRefusedException {
    RestrictionReaderException(Role role) {
        super("RESTRICTION_ROLE_CANNOT_READ", Kind.UNPROCESSABLE, "readableBy",
                "“" + role.label() + "”无权查阅涉案人员信息,不能作为限制处理后的唯一查阅角色");
    }
}
