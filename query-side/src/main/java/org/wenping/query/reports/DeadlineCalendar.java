package org.wenping.query.reports;

import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
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
import java.util.stream.IntStream;

/**
 * The deadlines of a year inside a reader's jurisdiction, in the order they fall due: each unit's yearly list,
 * its two monthly reports for every month, and the 报备 of every decision of the year. Read with one {@code _id}
 * lookup of the year and one {@code $in} per kind of record.
 */
@Component
class DeadlineCalendar {
    private final MonthlyReportRepository repository;
    private final MonthlyReportStandings reports;

    DeadlineCalendar(MonthlyReportRepository repository, MonthlyReportStandings reports) {
        this.repository = repository;
        this.reports = reports;
    }

    List<DeadlineEntry> year(Actor reader, int year, LocalDate judgedOn) {
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        ReportUnits owed = repository.units(year);
        List<ReportUnits.Unit> units = owed.units().stream().filter(unit -> inScope.test(unit.jurisdiction())).toList();
        List<DeadlineEntry> entries = new ArrayList<>();
        Map<String, ListFiling> lists = repository.listFilings(units.stream().map(unit -> listId(unit, year)).toList())
                .stream().collect(Collectors.toMap(ListFiling::listId, Function.identity()));
        units.forEach(unit -> entries.add(DeadlineEntry.yearlyList(unit, year, lists.get(listId(unit, year)), judgedOn)));
        List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj(month -> YearMonth.of(year, month)).toList();
        reports.standings(reader, year, months, judgedOn)
                .forEach(standing -> entries.add(DeadlineEntry.report(standing, judgedOn)));
        List<String> groups = owed.decidedIn().stream().filter(inScope).map(where -> DecidedMatters.idOf(year, where)).toList();
        List<String> decided = repository.decided(groups).stream().flatMap(group -> group.matterIds().stream()).toList();
        repository.matters(decided).stream().filter(matter -> matter.filingDue() != null)
                .forEach(matter -> entries.add(DeadlineEntry.decisionFiling(matter, judgedOn)));
        entries.sort(Comparator.comparing(DeadlineEntry::dueOn).thenComparing(DeadlineEntry::kind)
                .thenComparing(DeadlineEntry::jurisdiction).thenComparing(DeadlineEntry::responsibleUnit));
        return entries;
    }

    private static String listId(ReportUnits.Unit unit, int year) {
        return AssessmentListId.of(new JurisdictionCode(unit.jurisdiction()), unit.responsibleUnit(), year).value();
    }
}
