package org.wenping.ops.replay;

/**
 * Where one projection's processor stands.
 *
 * @param position         the global position it has processed up to (the lowest of its segments)
 * @param head             the store's last durable position
 * @param eventsPerSecond  since the rebuild started, or 0 when none is under way
 * @param etaSeconds       at that rate, or -1 when unknown
 * @param gapAt            the missing position the processor cannot read past (a deleted event), or null
 */
public record ProcessorProgress(String processor, boolean running, boolean replaying, boolean caughtUp,
                                boolean error, long position, long head, double percent, double eventsPerSecond,
                                long etaSeconds, double elapsedSeconds, Long gapAt) {

    /** A one-line bar for a terminal: [#####.....]  52.3 %  10 420/19 930  1 830 events/s  ETA 5 s. */
    String bar() {
        int filled = (int) Math.round(percent / 5);
        return String.format("%-24s [%s%s] %5.1f %%  %,d/%,d  %,.0f events/s  ETA %s%s", processor,
                "#".repeat(filled), ".".repeat(20 - filled), percent, position, head, eventsPerSecond,
                etaSeconds < 0 ? "-" : etaSeconds + " s", gapAt == null ? "" : "  缺口:第 " + gapAt + " 位");
    }
}
