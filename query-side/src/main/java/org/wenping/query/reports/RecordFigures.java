package org.wenping.query.reports;

import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.util.EnumMap;
import java.util.Map;

/** A report of a kind generated from the record: each of the kind's figures as the month's tally holds it. */
final class RecordFigures {
    private RecordFigures() {
    }

    static Map<ReportFigure, Integer> of(ReportKind kind, MonthTally tally) {
        Map<ReportFigure, Integer> figures = new EnumMap<>(ReportFigure.class);
        kind.figures().forEach(figure -> figures.put(figure, tally.figure(figure)));
        return figures;
    }
}
