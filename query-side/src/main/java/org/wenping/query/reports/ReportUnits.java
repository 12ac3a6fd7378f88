package org.wenping.query.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * What is owed to the 维稳办 in a year, keyed so that it is read in one {@code _id} lookup: the units known to owe
 * reports and a yearly list (those that compiled a list, registered matters or submitted a report), and the
 * matters decided that year, which owe their 报备.
 */
record ReportUnits(int year, List<Unit> units, List<Decided> decided) {
    ReportUnits {
        units = List.copyOf(units);
        decided = decided == null ? List.of() : List.copyOf(decided);
    }

    record Unit(String jurisdiction, String responsibleUnit) {
    }

    record Decided(String matterId, String jurisdiction) {
    }

    static ReportUnits empty(int year) {
        return new ReportUnits(year, List.of(), List.of());
    }

    ReportUnits with(Unit unit) {
        if (units.contains(unit)) return this;
        List<Unit> more = new ArrayList<>(units);
        more.add(unit);
        return new ReportUnits(year, more, decided);
    }

    ReportUnits with(Decided matter) {
        if (decided.contains(matter)) return this;
        List<Decided> more = new ArrayList<>(decided);
        more.add(matter);
        return new ReportUnits(year, units, more);
    }
}
