package org.wenping.query.reports;

import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.reports.ReportKind;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Every report the units inside a reader's jurisdiction owe for some months, judged on a day: one {@code _id} read
 * of the year's units and one {@code $in} of the reports.
 */
@Component
class MonthlyReportStandings {
    private final MonthlyReportRepository repository;

    MonthlyReportStandings(MonthlyReportRepository repository) {
        this.repository = repository;
    }

    List<ReportStanding> standings(Actor reader, int year, List<YearMonth> months, LocalDate judgedOn) {
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        List<ReportUnits.Unit> units = repository.units(year).units().stream()
                .filter(unit -> inScope.test(unit.jurisdiction())).toList();
        List<String> ids = new ArrayList<>();
        for (ReportUnits.Unit unit : units) {
            for (YearMonth month : months) {
                for (ReportKind kind : ReportKind.values()) ids.add(ReportStanding.id(unit, month, kind));
            }
        }
        Map<String, StoredReport> submitted = repository.reports(ids).stream()
                .collect(Collectors.toMap(StoredReport::reportId, Function.identity()));
        List<ReportStanding> standings = new ArrayList<>();
        for (ReportUnits.Unit unit : units) {
            for (YearMonth month : months) {
                for (ReportKind kind : ReportKind.values()) {
                    standings.add(ReportStanding.of(unit, month, kind,
                            submitted.get(ReportStanding.id(unit, month, kind)), judgedOn));
                }
            }
        }
        standings.sort(Comparator.comparing(ReportStanding::month).thenComparing(ReportStanding::jurisdiction)
                .thenComparing(ReportStanding::responsibleUnit).thenComparing(ReportStanding::kind));
        return standings;
    }

    GeneratedReport generate(ReportKind kind, String unit, String jurisdiction, YearMonth month) {
        MonthTally tally = repository.tally(MonthTally.id(jurisdiction, unit, month))
                .orElseGet(() -> MonthTally.empty(jurisdiction, unit, month));
        return GeneratedReport.of(kind, unit, jurisdiction, month, tally);
    }
}
