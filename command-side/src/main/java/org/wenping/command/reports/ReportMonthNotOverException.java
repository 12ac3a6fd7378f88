package org.wenping.command.reports;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.reports.ReportKind;

import java.time.YearMonth;

/** A statistics table reports a month that is over; a progress report a month that has begun. */
class ReportMonthNotOverException extends CommandRefusedException {
    ReportMonthNotOverException(ReportKind kind, YearMonth month) {
        super("REPORT_MONTH_NOT_OVER", Kind.UNPROCESSABLE, "month", month + " 尚不能报送" + kind.label());
    }
}
