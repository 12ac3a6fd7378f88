package org.wenping.ops.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which earlier steps of the demo year each step must wait for when the records are written in parallel, so that
 * every command's handler sees what it saw when the year is written one command after the other: the step before
 * it on its own record; the last step of each record it reads ({@link StreamReads}); and every step since that last
 * one that read its own record, which must not see it changed yet. Steps of records that neither write nor read one
 * another run side by side; the result (the events of each record) is the same as in the planned order.
 */
final class StepGraph {
    private final List<int[]> prerequisites;

    private StepGraph(List<int[]> prerequisites) {
        this.prerequisites = prerequisites;
    }

    /** The graph of {@code steps}, in their planned order. */
    static StepGraph of(List<DemoStep> steps) {
        StreamReads reads = new StreamReads();
        Map<String, Integer> lastOn = new HashMap<>();
        Map<String, List<Integer>> readersSinceLast = new HashMap<>();
        List<int[]> prerequisites = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            String own = steps.get(i).aggregateId();
            List<Integer> before = new ArrayList<>(readersSinceLast.getOrDefault(own, List.of()));
            if (lastOn.containsKey(own)) before.add(lastOn.get(own));
            for (String read : reads.of(steps.get(i))) {
                if (lastOn.containsKey(read)) before.add(lastOn.get(read));
                readersSinceLast.computeIfAbsent(read, stream -> new ArrayList<>()).add(i);
            }
            lastOn.put(own, i);
            readersSinceLast.remove(own);
            prerequisites.add(before.stream().distinct().mapToInt(Integer::intValue).toArray());
        }
        return new StepGraph(List.copyOf(prerequisites));
    }

    /** The indexes of the steps step {@code index} waits for, all lower than it. */
    int[] prerequisitesOf(int index) {
        return prerequisites.get(index).clone();
    }
}
