package org.wenping.query.reports;

import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** A monthly report generated from the record, as the unit should submit it: each figure with its label. */
record GeneratedReport(ReportKind kind, String kindLabel, String responsibleUnit, String jurisdiction, YearMonth month,
                       LocalDate dueOn, List<Figure> figures) {

    record Figure(ReportFigure figure, String label, int value) {
    }

    static GeneratedReport of(ReportKind kind, String unit, String jurisdiction, YearMonth month, MonthTally tally) {
        return new GeneratedReport(kind, kind.label(), unit, jurisdiction, month, kind.dueOn(month),
                kind.figures().stream().map(figure -> new Figure(figure, figure.label(), tally.figure(figure))).toList());
    }
}
