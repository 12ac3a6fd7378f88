package org.wenping.query.lists;

import org.wenping.kernel.lists.Deadlines;

import java.time.LocalDate;

/**
 * One unit's yearly list as judged on a day: whether it was filed by the end of March, and its 应评尽评 counts.
 * A unit known from its matters but with no list compiled has {@code compiled} false and no items.
 *
 * @param dueItems open items whose planned decision month is over
 * @param notAssessedItems due items with no graded matter behind them (应评未评, R12)
 * @param coverageRate 应评尽评率: (due − not assessed) / due, or null while nothing is due
 */
record ListSummary(String listId, String responsibleUnit, String jurisdiction, int year, boolean compiled,
                   FilingStatus filingStatus, String filingStatusLabel, LocalDate filingDeadline, LocalDate filedOn,
                   String receiptNumber, int items, int openItems, int dueItems, int notAssessedItems,
                   Double coverageRate) {

    static ListSummary of(StoredList list, LocalDate judgedOn) {
        LocalDate deadline = Deadlines.yearlyList(list.year());
        FilingStatus status = FilingStatus.of(list.filedOn(), deadline, judgedOn);
        int due = (int) list.items().stream().filter(item -> item.dueBy(judgedOn)).count();
        int notAssessed = (int) list.items().stream().filter(item -> item.notAssessedBy(judgedOn)).count();
        return new ListSummary(list.listId(), list.responsibleUnit(), list.jurisdiction(), list.year(), true, status,
                status.label(), deadline, list.filedOn(), list.receiptNumber(), list.items().size(),
                (int) list.items().stream().filter(StoredItem::open).count(), due, notAssessed, rate(due, notAssessed));
    }

    static ListSummary notCompiled(YearIndex.UnitEntry unit, int year, LocalDate judgedOn) {
        LocalDate deadline = Deadlines.yearlyList(year);
        FilingStatus status = FilingStatus.of(null, deadline, judgedOn);
        return new ListSummary(unit.listId(), unit.responsibleUnit(), unit.jurisdiction(), year, false, status,
                status.label(), deadline, null, null, 0, 0, 0, 0, null);
    }

    static Double rate(int due, int notAssessed) {
        return due == 0 ? null : (due - notAssessed) / (double) due;
    }
}
