package org.wenping.query.reports;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.ReportKind;
import org.wenping.query.lists.FilingStatus;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Where one monthly report of one unit stands on a day: on time, 迟报, 漏报 or not yet due, who submitted it,
 * and each figure that differs from what the record held (瞒报-suspect). {@code flags} holds the zh-CN flags.
 */
record ReportStanding(String reportId, ReportKind kind, String kindLabel, String responsibleUnit, String jurisdiction,
                      YearMonth month, LocalDate dueOn, FilingStatus status, String statusLabel, String submittedBy,
                      LocalDate submittedOn, List<FigureDifference> differing, List<String> flags) {

    static ReportStanding of(ReportUnits.Unit unit, YearMonth month, ReportKind kind, StoredReport report,
                             LocalDate judgedOn) {
        LocalDate due = kind.dueOn(month);
        FilingStatus status = FilingStatus.of(report == null ? null : report.submittedOn(), due, judgedOn);
        List<FigureDifference> differing = report == null ? List.of()
                : report.differing().stream().map(figure -> FigureDifference.of(report, figure)).toList();
        List<String> flags = new ArrayList<>();
        if (status == FilingStatus.LATE || status == FilingStatus.MISSING) flags.add(status.label());
        if (!differing.isEmpty()) flags.add("瞒报嫌疑");
        return new ReportStanding(id(unit, month, kind), kind, kind.label(), unit.responsibleUnit(), unit.jurisdiction(),
                month, due, status, status.label(), report == null ? null : report.submittedBy(),
                report == null ? null : report.submittedOn(), differing, List.copyOf(flags));
    }

    static String id(ReportUnits.Unit unit, YearMonth month, ReportKind kind) {
        return MonthlyReportId.of(new JurisdictionCode(unit.jurisdiction()), unit.responsibleUnit(), month, kind).value();
    }

    boolean flagged() {
        return !flags.isEmpty();
    }
}
