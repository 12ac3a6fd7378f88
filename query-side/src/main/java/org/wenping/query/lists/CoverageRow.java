package org.wenping.query.lists;

/** 应评尽评率 of a unit, a jurisdiction or all: due items, those of them assessed, and the rate (null when none due). */
record CoverageRow(String key, String name, int dueItems, int assessedItems, Double rate) {
    static CoverageRow of(String key, String name, int due, int notAssessed) {
        return new CoverageRow(key, name, due, due - notAssessed, ListSummary.rate(due, notAssessed));
    }

    CoverageRow plus(ListSummary list) {
        int due = dueItems + list.dueItems();
        int assessed = assessedItems + list.dueItems() - list.notAssessedItems();
        return of(key, name, due, due - assessed);
    }
}
