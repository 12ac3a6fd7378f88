package org.wenping.ops.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers since when each processor has stood at its position while the head was beyond it: one that
 * stands there longer than the patience allows is stalled.
 */
final class StallWatch {
    private final Duration patience;
    private final Clock clock;
    private final Map<String, Standing> standing = new ConcurrentHashMap<>();

    StallWatch(Duration patience, Clock clock) {
        this.patience = patience;
        this.clock = clock;
    }

    /** Since when the processor has been stuck behind the head, or null when it is moving or caught up. */
    Instant stalledSince(String processor, long position, long head) {
        Instant now = clock.instant();
        if (position >= head) {
            standing.remove(processor);
            return null;
        }
        Standing seen = standing.compute(processor, (name, before) ->
                before == null || before.position() != position ? new Standing(position, now) : before);
        return Duration.between(seen.since(), now).compareTo(patience) > 0 ? seen.since() : null;
    }

    private record Standing(long position, Instant since) {
    }
}
