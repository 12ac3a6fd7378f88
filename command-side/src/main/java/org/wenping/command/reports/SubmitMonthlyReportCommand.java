package org.wenping.command.reports;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** 报送: a unit submits its monthly report of {@code kind} for {@code month}, with the figures it reports. */
public record SubmitMonthlyReportCommand(
        @TargetAggregateIdentifier MonthlyReportId reportId,
        ReportKind kind,
        String responsibleUnit,
        JurisdictionCode jurisdiction,
        YearMonth month,
        Map<ReportFigure, Integer> figures,
        LocalDate submittedOn) {
}
