package org.wenping.query.reports;

import org.wenping.kernel.reports.MonthlyReportSubmittedEvent;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A submitted monthly report beside what the record held for its unit and month when it was submitted;
 * {@code differing} names each figure where the two disagree (瞒报-suspect, R12).
 */
record StoredReport(String reportId, ReportKind kind, String responsibleUnit, String jurisdiction, YearMonth month,
                    Map<ReportFigure, Integer> submitted, Map<ReportFigure, Integer> recorded,
                    List<ReportFigure> differing, String submittedBy, LocalDate submittedOn, LocalDate dueOn,
                    boolean late) {

    static StoredReport of(MonthlyReportSubmittedEvent event, MonthTally record) {
        Map<ReportFigure, Integer> recorded = RecordFigures.of(event.kind(), record);
        List<ReportFigure> differing = event.kind().figures().stream()
                .filter(figure -> !recorded.get(figure).equals(event.figures().get(figure))).toList();
        return new StoredReport(event.reportId().value(), event.kind(), event.responsibleUnit(),
                event.jurisdiction().value(), event.month(), event.figures(), recorded, differing, event.submittedBy(),
                event.submittedOn(), event.dueOn(), event.late());
    }
}
