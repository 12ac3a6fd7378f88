package org.wenping.query.stats;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statistics of the matters registered at one 行政区划 code (exactly that code, so a city's cell is its 本级) in
 * one year: the sum of their {@link MatterFigures}, kept by the matter-status projection as views change. A request
 * adds up the cells in scope — about a hundred codes a year for a province — instead of every matter. Neither list
 * grows with the number of matters beyond the groups named one by one, which are the few that need attention.
 *
 * @param version       how many changes the cell has had, so the in-memory copy keeps the newest
 * @param lastChangedAt when the last matter that moved it changed
 */
record MatterCell(String id, String jurisdiction, int year, long version, Instant lastChangedAt,
                  List<Count> counts, List<Flagged> flags) {
    MatterCell {
        counts = List.copyOf(counts);
        flags = List.copyOf(flags);
    }

    static String idOf(String jurisdiction, int year) {
        return jurisdiction + "-" + year;
    }

    static MatterCell empty(MatterFigures of) {
        return new MatterCell(of.cellId(), of.jurisdiction(), of.year(), 0, Instant.EPOCH, List.of(), List.of());
    }

    MatterCell plus(MatterFigures figures, Instant at) {
        List<Flagged> joined = new ArrayList<>(flags);
        joined.addAll(figures.flags());
        return new MatterCell(id, jurisdiction, year, version + 1, at, merged(figures.counts(), 1), joined);
    }

    MatterCell minus(MatterFigures figures, Instant at) {
        List<Flagged> left = new ArrayList<>(flags);
        figures.flags().forEach(left::remove);
        return new MatterCell(id, jurisdiction, year, version + 1, at, merged(figures.counts(), -1), left);
    }

    int count(Figure figure) {
        return counts.stream().filter(count -> count.figure() == figure).mapToInt(Count::count).sum();
    }

    /** Zero counts are dropped, so a cell lists only the codes its matters have now. */
    private List<Count> merged(List<Count> change, int sign) {
        Map<Count, Integer> sums = new LinkedHashMap<>();
        counts.forEach(count -> sums.merge(key(count), count.count(), Integer::sum));
        change.forEach(count -> sums.merge(key(count), sign * count.count(), Integer::sum));
        return sums.entrySet().stream().filter(sum -> sum.getValue() != 0)
                .map(sum -> new Count(sum.getKey().figure(), sum.getKey().code(), sum.getValue()))
                .sorted(Count.BY_KEY).toList();
    }

    private static Count key(Count count) {
        return new Count(count.figure(), count.code(), 0);
    }
}
