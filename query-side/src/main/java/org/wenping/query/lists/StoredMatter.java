package org.wenping.query.lists;

import java.time.LocalDate;

/**
 * A matter as the lists see it: the unit's list it belongs to (the one it was registered against, or else its
 * unit's list of the year it was registered), the item it carries out if any, why it is off the list, whether it
 * has been graded, and the date of a decision taken while it was on no filed list (未备案, R11), if any.
 */
record StoredMatter(String matterId, String title, String responsibleUnit, String jurisdiction, String listId,
                    Integer itemNo, String offListReason, boolean graded, LocalDate unlistedDecisionOn) {

    StoredMatter onItem(String listId, int itemNo) {
        return new StoredMatter(matterId, title, responsibleUnit, jurisdiction, listId, itemNo, offListReason, graded,
                unlistedDecisionOn);
    }

    StoredMatter gradedNow() {
        return new StoredMatter(matterId, title, responsibleUnit, jurisdiction, listId, itemNo, offListReason, true,
                unlistedDecisionOn);
    }

    /** The first unlisted decision is the one that counts; a later one on the list does not undo it. */
    StoredMatter decidedUnlisted(LocalDate decidedOn) {
        if (unlistedDecisionOn != null) return this;
        return new StoredMatter(matterId, title, responsibleUnit, jurisdiction, listId, itemNo, offListReason, graded,
                decidedOn);
    }
}
