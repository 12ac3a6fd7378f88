package org.wenping.command.reports;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/** The body of {@code POST /api/monthly-reports}; {@code month} as {@code 2025-06}, figures by name. */
record SubmitMonthlyReportRequest(
        @NotNull ReportKind kind,
        @NotBlank @Size(max = 100) @PlainText String responsibleUnit,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        @NotNull YearMonth month,
        @NotNull Map<ReportFigure, Integer> figures,
        LocalDate submittedOn) {
}
