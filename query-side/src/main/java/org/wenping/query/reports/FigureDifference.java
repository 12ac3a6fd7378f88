package org.wenping.query.reports;

import org.wenping.kernel.reports.ReportFigure;

/** One figure where a submitted report and the record disagree (瞒报-suspect). */
record FigureDifference(ReportFigure figure, String label, Integer submitted, Integer recorded) {
    static FigureDifference of(StoredReport report, ReportFigure figure) {
        return new FigureDifference(figure, figure.label(), report.submitted().get(figure), report.recorded().get(figure));
    }
}
