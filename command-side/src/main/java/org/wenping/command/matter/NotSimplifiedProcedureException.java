package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.matter.Procedure;

/** R3: only a matter under 简易程序 can be escalated to 普通程序. */
class NotSimplifiedProcedureException extends CommandRefusedException {
    NotSimplifiedProcedureException(Procedure current) {
        super("R3_NOT_SIMPLIFIED", Kind.CONFLICT, "R3", "事项适用“" + current.label() + "”,不是简易程序,无需转为普通程序");
    }
}
