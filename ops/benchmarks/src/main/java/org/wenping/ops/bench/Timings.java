package org.wenping.ops.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;

/** Times an action: a tenth of the count as warm-up, then {@code count} timed runs, answered as "p50 / p99 / max". */
final class Timings {
    private Timings() {
    }

    static String of(int count, IntConsumer action) {
        for (int i = 0; i < count / 10; i++) action.accept(i);
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            action.accept(i);
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms (%d)", nanos.get(count / 2) / 1e6,
                nanos.get(count * 99 / 100) / 1e6, nanos.get(count - 1) / 1e6, count);
    }
}
