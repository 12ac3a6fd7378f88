package org.wenping.query.reports;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.reports.ReportKind;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReadClock;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The monthly reports inside the reader's jurisdiction, judged today (China time): every report owed for a month,
 * the flagged ones of a year (迟报, 漏报, 瞒报嫌疑), and a report generated from the record for a unit and month.
 */
@RestController
@RequestMapping("/api/monthly-reports")
class MonthlyReportController {
    private final MonthlyReportStandings standings;
    private final ReadClock clock;

    MonthlyReportController(MonthlyReportStandings standings, ReadClock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    @GetMapping
    List<ReportStanding> month(@RequestParam String month) {
        YearMonth asked = month(month, "month");
        return standings.standings(ReaderScope.reader(), asked.getYear(), List.of(asked), clock.judgedOn(null));
    }

    /** Every flagged report of the year's months begun so far. */
    @GetMapping("/flagged")
    List<ReportStanding> flagged(@RequestParam int year) {
        LocalDate today = clock.judgedOn(null);
        List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(year, m))
                .filter(m -> !m.atDay(1).isAfter(today)).toList();
        return standings.standings(ReaderScope.reader(), year, months, today).stream()
                .filter(ReportStanding::flagged).toList();
    }

    @GetMapping("/generated")
    GeneratedReport generated(@RequestParam ReportKind kind, @RequestParam String responsibleUnit,
                              @RequestParam String jurisdiction, @RequestParam String month) {
        if (!JurisdictionCode.isValid(jurisdiction)) throw QueryRefusedException.invalidParameter("jurisdiction", "jurisdiction 须为6位行政区划代码");
        ReaderScope.requireVisible(new JurisdictionCode(jurisdiction));
        return standings.generate(kind, responsibleUnit.strip(), jurisdiction, month(month, "month"));
    }

    private static YearMonth month(String raw, String field) {
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException e) {
            throw QueryRefusedException.invalidParameter(field, field + " 须为 yyyy-MM,如 2025-06: " + raw);
        }
    }
}
