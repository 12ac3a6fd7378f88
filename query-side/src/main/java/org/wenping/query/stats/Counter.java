package org.wenping.query.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Counts matters per code of one dimension during a pass; a missing value counts under {@link #NONE}. */
final class Counter {
    static final String NONE = "NONE";
    static final Comparator<Tally> BY_CODE = Comparator.comparing(Tally::code);
    static final Comparator<Tally> MOST_FIRST = Comparator.comparingInt(Tally::count).reversed().thenComparing(BY_CODE);

    private final Map<String, int[]> counts = new HashMap<>();

    void add(String code) {
        add(code, 1);
    }

    void add(String code, int count) {
        counts.computeIfAbsent(code == null ? NONE : code, key -> new int[1])[0] += count;
    }

    /** Every count added, whatever its code. */
    int total() {
        return counts.values().stream().mapToInt(count -> count[0]).sum();
    }

    /** Every code of {@code labels} in its order, zero or not, then any other code met, ordered by {@code rest}. */
    List<Tally> tallies(Map<String, String> labels, Comparator<Tally> rest) {
        List<Tally> tallies = new ArrayList<>();
        labels.forEach((code, label) -> tallies.add(new Tally(code, label, count(code))));
        tallies.addAll(others(labels, code -> StatsLabels.of(labels, code), rest));
        return tallies;
    }

    /** Only the codes met, ordered by {@code order}. */
    List<Tally> tallies(Function<String, String> label, Comparator<Tally> order) {
        return others(Map.of(), label, order);
    }

    private List<Tally> others(Map<String, String> known, Function<String, String> label, Comparator<Tally> order) {
        return counts.entrySet().stream()
                .filter(entry -> !known.containsKey(entry.getKey()))
                .map(entry -> new Tally(entry.getKey(), label.apply(entry.getKey()), entry.getValue()[0]))
                .sorted(order)
                .toList();
    }

    private int count(String code) {
        int[] count = counts.get(code);
        return count == null ? 0 : count[0];
    }
}
