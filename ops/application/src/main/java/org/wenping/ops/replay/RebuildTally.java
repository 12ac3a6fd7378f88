package org.wenping.ops.replay;

import java.util.List;
import java.util.Optional;

/** The rebuilding projections taken together, for one line of a terminal. */
record RebuildTally(List<ProcessorProgress> projections) {

    long head() {
        return projections.stream().mapToLong(ProcessorProgress::head).max().orElse(0);
    }

    boolean done() {
        return projections.stream().allMatch(p -> p.caughtUp() && !p.replaying());
    }

    /** Why the rebuild cannot finish: a processor in error, or one standing before a missing position. */
    Optional<String> failure() {
        return projections.stream()
                .filter(p -> p.error() || p.gapAt() != null)
                .map(p -> p.error() ? p.processor() + " 处理出错(见日志)" : p.processor() + " 停在缺口前:第 " + p.gapAt() + " 位")
                .findFirst();
    }

    /** [#########...........]  45.2 %  2,130/4,709 个事件  4 个投影  3.1 秒 */
    String line(double seconds) {
        long total = Math.max(1, head() * projections.size());
        long done = projections.stream().mapToLong(p -> Math.min(p.position(), p.head())).sum();
        double percent = done() ? 100 : Math.min(100, 100.0 * done / total);
        int filled = (int) Math.floor(percent / 5);
        return String.format("[%s%s] %5.1f %%  %,d/%,d 个事件  %d 个投影  %.1f 秒", "#".repeat(filled),
                ".".repeat(20 - filled), percent, done / Math.max(1, projections.size()), head(), projections.size(), seconds);
    }
}
