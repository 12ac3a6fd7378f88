package org.wenping.query.reports;

import org.wenping.kernel.reports.ReportFigure;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the record holds for one unit and month: for each figure, the keys of what it counts (a matter, or an
 * incident's event), so that an event handled twice counts once.
 */
record MonthTally(String id, String jurisdiction, String responsibleUnit, YearMonth month,
                  Map<ReportFigure, List<String>> counted) {

    MonthTally {
        Map<ReportFigure, List<String>> inFormOrder = new EnumMap<>(ReportFigure.class);
        inFormOrder.putAll(counted);
        counted = Collections.unmodifiableMap(inFormOrder);
    }

    static String id(String jurisdiction, String unit, YearMonth month) {
        return jurisdiction + "|" + unit + "|" + month;
    }

    static MonthTally empty(String jurisdiction, String unit, YearMonth month) {
        return new MonthTally(id(jurisdiction, unit, month), jurisdiction, unit, month, Map.of());
    }

    MonthTally counting(ReportFigure figure, String key) {
        List<String> keys = counted.getOrDefault(figure, List.of());
        if (keys.contains(key)) return this;
        Map<ReportFigure, List<String>> more = new EnumMap<>(ReportFigure.class);
        more.putAll(counted);
        List<String> added = new ArrayList<>(keys);
        added.add(key);
        more.put(figure, List.copyOf(added));
        return new MonthTally(id, jurisdiction, responsibleUnit, month, more);
    }

    /** The figure's count; a figure nothing was counted for is 0. */
    int figure(ReportFigure figure) {
        return counted.getOrDefault(figure, List.of()).size();
    }
}
