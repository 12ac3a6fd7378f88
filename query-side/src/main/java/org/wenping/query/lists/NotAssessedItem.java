package org.wenping.query.lists;

import java.time.YearMonth;

/** An item flagged 应评未评 (R12), with the unit and list it belongs to: what an inspector opens an inquiry on. */
record NotAssessedItem(String listId, String responsibleUnit, String jurisdiction, int itemNo, String title,
                       YearMonth plannedDecisionMonth, String flag) {
    static NotAssessedItem of(StoredList list, StoredItem item) {
        return new NotAssessedItem(list.listId(), list.responsibleUnit(), list.jurisdiction(), item.itemNo(),
                item.title(), item.plannedDecisionMonth(), "应评未评");
    }
}
