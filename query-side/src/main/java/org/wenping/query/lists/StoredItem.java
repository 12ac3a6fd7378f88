package org.wenping.query.lists;

import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.MatterCategory;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a stored list, with the matters registered against it and those of them already graded (评估).
 * {@code addedOn}/{@code addedReason} are set for an item added during the year, {@code withdrawnOn}/
 * {@code withdrawnReason} for one taken off.
 */
record StoredItem(int itemNo, String title, MatterCategory category, String domain, String decisionAuthority,
                  YearMonth plannedDecisionMonth, LocalDate addedOn, String addedReason, LocalDate withdrawnOn,
                  String withdrawnReason, List<String> matterIds, List<String> assessedMatterIds) {

    StoredItem {
        matterIds = List.copyOf(matterIds);
        assessedMatterIds = List.copyOf(assessedMatterIds);
    }

    static StoredItem planned(int itemNo, PlannedItem item, LocalDate addedOn, String addedReason) {
        return new StoredItem(itemNo, item.title(), item.category(), item.domain(), item.decisionAuthority(),
                item.plannedDecisionMonth(), addedOn, addedReason, null, null, List.of(), List.of());
    }

    StoredItem withdrawn(LocalDate on, String reason) {
        return new StoredItem(itemNo, title, category, domain, decisionAuthority, plannedDecisionMonth, addedOn,
                addedReason, on, reason, matterIds, assessedMatterIds);
    }

    StoredItem withMatter(String matterId, boolean assessed) {
        return new StoredItem(itemNo, title, category, domain, decisionAuthority, plannedDecisionMonth, addedOn,
                addedReason, withdrawnOn, withdrawnReason, adding(matterIds, matterId),
                assessed ? adding(assessedMatterIds, matterId) : assessedMatterIds);
    }

    boolean open() {
        return withdrawnOn == null;
    }

    boolean covers(String matterId) {
        return open() && matterIds.contains(matterId);
    }

    /** Due on {@code judgedOn}: open, and its planned decision month is over (the month's last day has passed). */
    boolean dueBy(LocalDate judgedOn) {
        return open() && judgedOn.isAfter(plannedDecisionMonth.atEndOfMonth());
    }

    /** 应评未评 (R12): due, with no matter behind it graded. */
    boolean notAssessedBy(LocalDate judgedOn) {
        return dueBy(judgedOn) && assessedMatterIds.isEmpty();
    }

    private static List<String> adding(List<String> ids, String id) {
        if (ids.contains(id)) return ids;
        List<String> more = new ArrayList<>(ids);
        more.add(id);
        return more;
    }
}
