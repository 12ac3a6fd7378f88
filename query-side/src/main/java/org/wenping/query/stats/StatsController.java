package org.wenping.query.stats;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.legalcase.CaseViews;
import org.wenping.query.matter.MatterViews;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;
import org.wenping.query.web.ReadClock;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * {@code GET /api/stats} and {@code GET /api/stats/monthly}: the supervisors' figures over the matters inside
 * the reader's jurisdiction. The monthly table answers JSON, or CSV for {@code Accept: text/csv} or {@code ?format=csv}.
 */
@RestController
@RequestMapping("/api/stats")
class StatsController {
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private final ScopedCells cells;
    private final MatterViews matters;
    private final CaseViews cases;
    private final JurisdictionNames names;

    StatsController(ScopedCells cells, MatterViews matters, CaseViews cases, JurisdictionNames names) {
        this.cells = cells;
        this.matters = matters;
        this.cases = cases;
        this.names = names;
    }

    @GetMapping
    MatterStatistics statistics(@RequestParam(required = false) String jurisdiction,
                                @RequestParam(required = false) String year) {
        StatsFilter filter = StatsFilter.of(jurisdiction, year);
        Actor reader = ReaderScope.reader();
        return MatterStatisticsSum.over(cells.visibleTo(reader), reader.jurisdiction().value(), filter, today(), names);
    }

    /** The 政法办案 cases: by organ, class, level and stage; rulings held back (R8), resolved before ruling. */
    @GetMapping("/cases")
    CaseStatistics cases(@RequestParam(required = false) String jurisdiction,
                         @RequestParam(required = false) String year) {
        StatsFilter filter = StatsFilter.of(jurisdiction, year);
        Actor reader = ReaderScope.reader();
        return CaseStatisticsPass.over(cases.visibleTo(reader), reader.jurisdiction().value(), filter, today(), names);
    }

    @GetMapping("/monthly")
    MonthlyTable monthly(@RequestParam(required = false) String month) {
        YearMonth asked = monthOf(month);
        Actor reader = ReaderScope.reader();
        return MonthlyTablePass.over(matters.visibleTo(reader), cases.visibleTo(reader), asked,
                reader.jurisdiction().value(), reader.jurisdiction().prefix(), today(), names);
    }

    @GetMapping(value = "/monthly", produces = "text/csv")
    ResponseEntity<byte[]> monthlyCsv(@RequestParam(required = false) String month) {
        MonthlyTable table = monthly(month);
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, MonthlyCsv.disposition(table.month()))
                .body(MonthlyCsv.of(table));
    }

    /** The same CSV behind a plain link ({@code ?format=csv}), for a browser that cannot set {@code Accept}. */
    @GetMapping(value = "/monthly", params = "format=csv")
    ResponseEntity<byte[]> monthlyCsvLink(@RequestParam(required = false) String month) {
        return monthlyCsv(month);
    }

    static YearMonth monthOf(String month) {
        String value = month == null ? "" : month.trim();
        try {
            if (MONTH.matcher(value).matches()) return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            // 2026-13: the shape is right, the month is not; answered below like any other malformed value.
        }
        throw QueryRefusedException.invalidParameter("month", "月份须为 YYYY-MM 格式,例如 2026-03");
    }

    private static LocalDate today() {
        return LocalDate.now(ReadClock.BUSINESS_ZONE);
    }
}
