package org.wenping.kernel.lists;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when an item is added to a yearly list during the year (动态管控清单, seed 002), with the reason it
 * was not planned. Added to a filed list, the item is filed with it; naming a matter registered off the list
 * puts that matter on the list, so that it may then be decided (R11).
 *
 * @param itemNo the item's number in its list, after those already there
 * @param matterId the matter registered off the list that this item covers, or null
 */
@Revision("1")
public record ListItemAddedEvent(
        AssessmentListId listId,
        int itemNo,
        PlannedItem item,
        String reason,
        MatterId matterId,
        LocalDate addedOn) implements AssessmentListEvent {

    public ListItemAddedEvent {
        Objects.requireNonNull(listId, "listId");
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(addedOn, "addedOn");
    }

    @Override
    public LocalDate businessDate() {
        return addedOn;
    }
}
