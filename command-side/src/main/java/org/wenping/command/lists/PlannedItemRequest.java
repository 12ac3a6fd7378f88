package org.wenping.command.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.MatterCategory;

import java.time.YearMonth;

/** One list item in a request body; {@code plannedDecisionMonth} as {@code 2026-06}. */
record PlannedItemRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull MatterCategory category,
        @NotBlank @Size(max = 50) @PlainText String domain,
        @NotBlank @Size(max = 100) @PlainText String decisionAuthority,
        @NotNull YearMonth plannedDecisionMonth) {

    PlannedItem toItem() {
        return new PlannedItem(title, category, domain, decisionAuthority, plannedDecisionMonth);
    }
}
