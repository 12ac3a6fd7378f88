package org.wenping.command.reports;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.reports.MonthlyReportId;

/** A unit submits each report of a month once. */
class ReportAlreadySubmittedException extends CommandRefusedException {
    ReportAlreadySubmittedException(MonthlyReportId reportId) {
        super("REPORT_ALREADY_SUBMITTED", Kind.CONFLICT, "month", "该单位本月此报表已报送(" + reportId + ")");
    }
}
