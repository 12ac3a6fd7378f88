package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.matter.MatterId;

/** R11 未备案不审批 (seed 004 篇3): where enforced, a matter on no filed yearly list is not decided. */
class NotOnFiledListException extends CommandRefusedException {
    NotOnFiledListException(MatterId matterId) {
        super("R11_NOT_ON_FILED_LIST", Kind.UNPROCESSABLE, "R11",
                "未备案不审批:事项 " + matterId + " 不在已报备的年度评估清单中,须先列入清单");
    }
}
