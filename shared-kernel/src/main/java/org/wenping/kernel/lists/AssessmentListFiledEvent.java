package org.wenping.kernel.lists;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the 维稳办 records the receipt of a unit's yearly list (报备, due by the end of March, seed 004
 * 篇3). Only a filed list lets its matters be decided where R11 未备案不审批 is enforced.
 *
 * @param filingDeadline 31 March of the list's year
 * @param late whether the list arrived after {@code filingDeadline} (迟报)
 */
@Revision("1")
public record AssessmentListFiledEvent(
        AssessmentListId listId,
        String receiptNumber,
        LocalDate filedOn,
        LocalDate filingDeadline,
        boolean late) implements AssessmentListEvent {

    public AssessmentListFiledEvent {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(filingDeadline, "filingDeadline");
    }

    @Override
    public LocalDate businessDate() {
        return filedOn;
    }
}
