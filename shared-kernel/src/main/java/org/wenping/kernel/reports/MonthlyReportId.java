package org.wenping.kernel.reports;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.UnitKey;

import java.time.YearMonth;

/**
 * Identity of one monthly report of one unit; serialized as its bare string. A unit owes one report of each kind
 * per month, so the id is derived from them and the store refuses a second submission.
 */
public record MonthlyReportId(String value) {
    @JsonCreator
    public MonthlyReportId {
        Identifiers.require(value, "monthly report");
    }

    public static MonthlyReportId of(JurisdictionCode jurisdiction, String unit, YearMonth month, ReportKind kind) {
        String kindCode = kind == ReportKind.STATISTICS_TABLE ? "stat" : "prog";
        return new MonthlyReportId("report-" + jurisdiction.value() + "-" + month.getYear()
                + "%02d".formatted(month.getMonthValue()) + "-" + kindCode + "-" + UnitKey.of(unit));
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon resolves aggregate identifiers through {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
