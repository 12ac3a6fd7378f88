package org.wenping.query.lists;

import java.time.LocalDate;

/**
 * A matter's standing on the lists (its own read model, beside the matter status): the item it carries out, or
 * why it is off the list, and the 未备案 flag of a decision taken while on no filed list (R11).
 */
record MatterListing(String matterId, String listId, Integer itemNo, String offListReason, boolean onListItem,
                     LocalDate unlistedDecisionOn, String flag) {
    static MatterListing of(StoredMatter matter) {
        return new MatterListing(matter.matterId(), matter.listId(), matter.itemNo(), matter.offListReason(),
                matter.itemNo() != null, matter.unlistedDecisionOn(), matter.unlistedDecisionOn() == null ? null : "未备案");
    }
}
