package org.wenping.command.lists;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.lists.AssessmentListId;

/** A unit has one list per jurisdiction and year; it is amended by adding and withdrawing items, not compiled again. */
class ListAlreadyCompiledException extends CommandRefusedException {
    ListAlreadyCompiledException(AssessmentListId listId) {
        super("LIST_ALREADY_COMPILED", Kind.CONFLICT, "year",
                "该单位本年度评估清单已编制(" + listId + "),请以增补或撤出事项调整");
    }
}
