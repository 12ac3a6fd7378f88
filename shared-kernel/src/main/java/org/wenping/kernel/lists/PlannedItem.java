package org.wenping.kernel.lists;

import org.wenping.kernel.matter.MatterCategory;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One item of a yearly list: a decision the unit expects to take that year and that must be assessed first
 * (应评尽评, seed 002).
 *
 * @param plannedDecisionMonth the month the decision is planned for; once it has passed with no assessed matter
 *                             behind the item, the item is flagged 应评未评 (R12)
 */
public record PlannedItem(String title, MatterCategory category, String domain, String decisionAuthority,
                          YearMonth plannedDecisionMonth) {
    public PlannedItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(plannedDecisionMonth, "plannedDecisionMonth");
    }
}
