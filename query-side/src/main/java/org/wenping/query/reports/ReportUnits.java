package org.wenping.query.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * What is owed to the 维稳办 in a year, keyed so that it is read in one {@code _id} lookup: the units known to owe
 * reports and a yearly list (those that compiled a list, registered matters or submitted a report), and the
 * jurisdictions with matters decided that year, which owe their 报备 ({@link DecidedMatters}, one document each):
 * the document grows with units and jurisdictions, never with matters.
 */
record ReportUnits(int year, List<Unit> units, List<String> decidedIn) {
    ReportUnits {
        units = List.copyOf(units);
        // null in a document stored before decisions were grouped: the projection is rebuilt on such a release.
        decidedIn = decidedIn == null ? List.of() : List.copyOf(decidedIn);
    }

    record Unit(String jurisdiction, String responsibleUnit) {
    }

    static ReportUnits empty(int year) {
        return new ReportUnits(year, List.of(), List.of());
    }

    ReportUnits with(Unit unit) {
        if (units.contains(unit)) return this;
        List<Unit> more = new ArrayList<>(units);
        more.add(unit);
        return new ReportUnits(year, more, decidedIn);
    }

    ReportUnits withDecisionsIn(String jurisdiction) {
        if (decidedIn.contains(jurisdiction)) return this;
        List<String> more = new ArrayList<>(decidedIn);
        more.add(jurisdiction);
        return new ReportUnits(year, units, more);
    }
}
