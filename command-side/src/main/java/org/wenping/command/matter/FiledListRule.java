package org.wenping.command.matter;

import org.wenping.command.lists.AssessmentLists;
import org.wenping.command.lists.ListItemUnknownException;
import org.wenping.command.lists.ListRulePolicy;
import org.wenping.command.lists.ListStanding;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 清单管理 as the matter's rules see it. A matter registered against a list item must name an open one; at its
 * decision it must be on a filed list (R11): its own item, or an item added for it to its unit's list of the
 * decision's year. Where the jurisdiction does not refuse, the decision goes ahead and the read side flags it.
 */
final class FiledListRule {
    private FiledListRule() {
    }

    static void requireOpenItem(AssessmentLists lists, AssessmentListId listId, Integer itemNo) {
        if (listId == null) return;
        if (lists.findList(listId).filter(list -> list.open(itemNo)).isEmpty()) {
            throw new ListItemUnknownException(listId, itemNo);
        }
    }

    static void requireFiledBeforeDecision(AssessmentLists lists, ListRulePolicy policy, MatterId matterId,
                                           MatterFacts facts, LocalDate decidedOn) {
        if (!policy.refusesUnlistedDecisions(facts.jurisdiction())) return;
        AssessmentListId listId = facts.listId() != null ? facts.listId()
                : AssessmentListId.of(facts.jurisdiction(), facts.responsibleUnit(), decidedOn.getYear());
        boolean onFiledList = lists.findList(listId).filter(ListStanding::filed)
                .filter(list -> list.covers(matterId, facts.listItemNo())).isPresent();
        if (!onFiledList) throw new NotOnFiledListException(matterId);
    }
}
