package org.wenping.command.reports;

import org.wenping.kernel.actor.Action;
import org.wenping.command.domain.RegistrationCommand;
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
        LocalDate submittedOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.SUBMIT_MONTHLY_REPORT;
    }
}
