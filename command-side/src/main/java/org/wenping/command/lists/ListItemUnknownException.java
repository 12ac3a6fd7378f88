package org.wenping.command.lists;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.lists.AssessmentListId;

/** The item named is not on the list, or was withdrawn from it. */
public class ListItemUnknownException extends CommandRefusedException {
    public ListItemUnknownException(AssessmentListId listId, Integer itemNo) {
        super("LIST_ITEM_UNKNOWN", Kind.UNPROCESSABLE, "listItemNo",
                "清单 " + listId + " 中没有有效的第 " + itemNo + " 项(未列入或已撤出)");
    }
}
