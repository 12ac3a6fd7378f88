package org.wenping.kernel.lists;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an item is taken off a yearly list during the year, with the reason (the decision was dropped,
 * merged, moved to another unit …). A withdrawn item is no longer due (R12) and no longer covers a matter (R11).
 */
@Revision("1")
public record ListItemWithdrawnEvent(
        AssessmentListId listId,
        int itemNo,
        String reason,
        LocalDate withdrawnOn) implements AssessmentListEvent {

    public ListItemWithdrawnEvent {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(withdrawnOn, "withdrawnOn");
    }

    @Override
    public LocalDate businessDate() {
        return withdrawnOn;
    }
}
