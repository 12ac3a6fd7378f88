package org.wenping.query.reports;

import java.util.ArrayList;
import java.util.List;

/** The units known to owe monthly reports in a year: those that registered matters or submitted a report. */
record ReportUnits(int year, List<Unit> units) {
    ReportUnits {
        units = List.copyOf(units);
    }

    record Unit(String jurisdiction, String responsibleUnit) {
    }

    ReportUnits with(Unit unit) {
        if (units.contains(unit)) return this;
        List<Unit> more = new ArrayList<>(units);
        more.add(unit);
        return new ReportUnits(year, more);
    }
}
