package org.wenping.command.lists;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.lists.AssessmentListId;

/** A yearly list is filed once; later changes are items added or withdrawn, each with its reason. */
class ListAlreadyFiledException extends CommandRefusedException {
    ListAlreadyFiledException(AssessmentListId listId) {
        super("LIST_ALREADY_FILED", Kind.CONFLICT, "listId", "清单 " + listId + " 已报备,不能重复报备");
    }
}
