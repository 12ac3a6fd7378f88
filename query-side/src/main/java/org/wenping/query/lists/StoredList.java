package org.wenping.query.lists;

import org.wenping.kernel.lists.AssessmentListCompiledEvent;
import org.wenping.kernel.lists.AssessmentListFiledEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A unit's yearly list as stored: its filing and its items, numbered from 1 in the order they were listed. */
record StoredList(String listId, String responsibleUnit, String jurisdiction, int year, LocalDate compiledOn,
                  LocalDate filedOn, String receiptNumber, boolean filedLate, List<StoredItem> items) {

    StoredList {
        items = List.copyOf(items);
    }

    static StoredList compiled(AssessmentListCompiledEvent event) {
        List<StoredItem> items = new ArrayList<>();
        for (int i = 0; i < event.items().size(); i++) {
            items.add(StoredItem.planned(i + 1, event.items().get(i), null, null));
        }
        return new StoredList(event.listId().value(), event.responsibleUnit(), event.jurisdiction().value(),
                event.year(), event.compiledOn(), null, null, false, items);
    }

    StoredList filed(AssessmentListFiledEvent event) {
        return new StoredList(listId, responsibleUnit, jurisdiction, year, compiledOn, event.filedOn(),
                event.receiptNumber(), event.late(), items);
    }

    /** Idempotent: an item already listed under its number is kept as it is. */
    StoredList withItem(StoredItem item) {
        if (item(item.itemNo()).isPresent()) return this;
        List<StoredItem> more = new ArrayList<>(items);
        more.add(item);
        return new StoredList(listId, responsibleUnit, jurisdiction, year, compiledOn, filedOn, receiptNumber,
                filedLate, more);
    }

    StoredList changing(int itemNo, UnaryOperator<StoredItem> change) {
        return new StoredList(listId, responsibleUnit, jurisdiction, year, compiledOn, filedOn, receiptNumber,
                filedLate, items.stream().map(item -> item.itemNo() == itemNo ? change.apply(item) : item).toList());
    }

    Optional<StoredItem> item(Integer itemNo) {
        return items.stream().filter(item -> itemNo != null && item.itemNo() == itemNo).findFirst();
    }

    /** R11 as the command side judges it: filed, with an open item the matter was registered against or added for. */
    boolean coversOnFile(String matterId, Integer registeredItemNo) {
        if (filedOn == null) return false;
        return item(registeredItemNo).filter(StoredItem::open).isPresent()
                || items.stream().anyMatch(item -> item.covers(matterId));
    }
}
