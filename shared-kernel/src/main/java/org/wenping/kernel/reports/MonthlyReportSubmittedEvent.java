package org.wenping.kernel.reports;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Emitted when a responsible unit submits a monthly report to the 维稳办: the figures as the unit reported them,
 * which the read side compares with what the record held (瞒报-suspect, R12).
 *
 * @param submittedBy the name of the person who submitted it, from the authenticated user (R9)
 * @param dueOn the deadline of the report's kind for the month
 * @param late whether it was submitted after {@code dueOn} (迟报)
 */
@Revision("1")
public record MonthlyReportSubmittedEvent(
        MonthlyReportId reportId,
        ReportKind kind,
        String responsibleUnit,
        JurisdictionCode jurisdiction,
        YearMonth month,
        Map<ReportFigure, Integer> figures,
        String submittedBy,
        LocalDate submittedOn,
        LocalDate dueOn,
        boolean late) implements MonthlyReportEvent {

    public MonthlyReportSubmittedEvent {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(responsibleUnit, "responsibleUnit");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(submittedBy, "submittedBy");
        Objects.requireNonNull(submittedOn, "submittedOn");
        Objects.requireNonNull(dueOn, "dueOn");
        EnumMap<ReportFigure, Integer> inFormOrder = new EnumMap<>(ReportFigure.class);
        inFormOrder.putAll(figures);
        figures = Collections.unmodifiableMap(inFormOrder);
    }

    @Override
    public LocalDate businessDate() {
        return submittedOn;
    }
}
