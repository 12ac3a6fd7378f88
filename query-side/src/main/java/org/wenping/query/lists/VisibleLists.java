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
 * then one {@code $in} for the lists (for the unlisted matters, one for their groups and one for the matters).
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

    /**
     * Matters decided that year while on no filed list (未备案, R11), by the day they were decided; on one day, group by
     * group in the order the groups arose, and in each in the order decided.
     */
    List<UnlistedDecision> unlisted(Actor reader, int year) {
        List<String> groupIds = visible(reader, repository.year(year).unlistedGroups(), YearIndex.UnlistedGroup::jurisdiction)
                .stream().map(YearIndex.UnlistedGroup::id).toList();
        Map<String, UnlistedMatters> groups = repository.unlisted(groupIds).stream()
                .collect(Collectors.toMap(UnlistedMatters::id, Function.identity()));
        List<String> matterIds = groupIds.stream().map(groups::get).filter(Objects::nonNull)
                .flatMap(group -> group.matterIds().stream()).toList();
        Map<String, StoredMatter> matters = repository.matters(matterIds).stream()
                .collect(Collectors.toMap(StoredMatter::matterId, Function.identity()));
        return matterIds.stream().map(matters::get).filter(Objects::nonNull).map(UnlistedDecision::of)
                .sorted(Comparator.comparing(UnlistedDecision::decidedOn)).toList();
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
