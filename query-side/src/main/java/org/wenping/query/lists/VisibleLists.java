package org.wenping.query.lists;

import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;
import org.wenping.query.web.ReaderScope;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The lists of a year inside a reader's jurisdiction, judged on a day: one {@code _id} read of the year's index,
 * then one {@code $in} for the lists (and one for the unlisted matters).
 */
@Component
class VisibleLists {
    private final AssessmentListRepository repository;

    VisibleLists(AssessmentListRepository repository) {
        this.repository = repository;
    }

    /** Every unit owing a list that year, compiled or not, by jurisdiction then unit. */
    List<ListSummary> summaries(Actor reader, int year, LocalDate judgedOn) {
        List<YearIndex.UnitEntry> units = visible(reader, repository.year(year).units(), YearIndex.UnitEntry::jurisdiction);
        Map<String, StoredList> lists = storedLists(units);
        return units.stream()
                .map(unit -> lists.containsKey(unit.listId()) ? ListSummary.of(lists.get(unit.listId()), judgedOn)
                        : ListSummary.notCompiled(unit, year, judgedOn))
                .sorted(Comparator.comparing(ListSummary::jurisdiction).thenComparing(ListSummary::responsibleUnit))
                .toList();
    }

    /** Items flagged 应评未评 (R12) that year, by jurisdiction, unit and item. */
    List<NotAssessedItem> notAssessed(Actor reader, int year, LocalDate judgedOn) {
        List<YearIndex.UnitEntry> units = visible(reader, repository.year(year).units(), YearIndex.UnitEntry::jurisdiction);
        return storedLists(units).values().stream()
                .sorted(Comparator.comparing(StoredList::jurisdiction).thenComparing(StoredList::responsibleUnit))
                .flatMap(list -> list.items().stream().filter(item -> item.notAssessedBy(judgedOn))
                        .map(item -> NotAssessedItem.of(list, item)))
                .toList();
    }

    /** Matters decided that year while on no filed list (未备案, R11), in the order they were decided. */
    List<UnlistedDecision> unlisted(Actor reader, int year) {
        List<YearIndex.UnlistedEntry> entries = visible(reader, repository.year(year).unlisted(),
                YearIndex.UnlistedEntry::jurisdiction);
        Map<String, StoredMatter> matters = repository.matters(entries.stream().map(YearIndex.UnlistedEntry::matterId).toList())
                .stream().collect(Collectors.toMap(StoredMatter::matterId, Function.identity()));
        return entries.stream().map(entry -> matters.get(entry.matterId())).filter(Objects::nonNull)
                .map(UnlistedDecision::of).toList();
    }

    private Map<String, StoredList> storedLists(List<YearIndex.UnitEntry> units) {
        return repository.lists(units.stream().map(YearIndex.UnitEntry::listId).toList()).stream()
                .collect(Collectors.toMap(StoredList::listId, Function.identity()));
    }

    private static <T> List<T> visible(Actor reader, List<T> entries, Function<T, String> jurisdiction) {
        Predicate<String> inScope = ReaderScope.visibleTo(reader);
        return entries.stream().filter(entry -> inScope.test(jurisdiction.apply(entry))).toList();
    }
}
