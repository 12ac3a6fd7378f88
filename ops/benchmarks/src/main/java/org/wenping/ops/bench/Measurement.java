package org.wenping.ops.bench;

import java.time.Duration;
import java.util.function.LongConsumer;

/** How many operations one phase completed and how long it took; every loop stops at a count or a deadline. */
record Measurement(String name, long operations, long nanos, String unit) {

    double seconds() {
        return nanos / 1e9;
    }

    double rate() {
        return nanos == 0 ? 0 : operations / seconds();
    }

    /** Runs {@code step} with 0, 1, 2, … until {@code maxCount} steps ran or {@code limit} passed. */
    static Measurement loop(String name, String unit, long maxCount, Duration limit, LongConsumer step) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long done = 0;
        while (done < maxCount && System.nanoTime() < deadline) {
            step.accept(done);
            done++;
        }
        return new Measurement(name, done, System.nanoTime() - start, unit);
    }

    /** The {@code percent}th percentile of {@code nanos} in ms, NaN for none. */
    static double percentileMillis(java.util.List<Long> nanos, int percent) {
        java.util.List<Long> sorted = nanos.stream().sorted().toList();
        return sorted.isEmpty() ? Double.NaN : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
    }

    static long deadlineAfter(Duration limit) {
        return System.nanoTime() + limit.toNanos();
    }

    static boolean before(long deadline) {
        return System.nanoTime() < deadline;
    }
}
