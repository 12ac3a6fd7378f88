package org.wenping.ops.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A processor is stalled when the head is beyond it and it has not moved for longer than the patience. */
class StallWatchTest {
    private static final Instant T0 = Instant.parse("2026-03-20T00:00:00Z");
    private final MovableClock clock = new MovableClock(T0);
    private final StallWatch watch = new StallWatch(Duration.ofMinutes(2), clock);

    @Test
    void aProcessorStandingBehindAMovingHeadForLongerThanThePatienceIsStalled() {
        assertThat(watch.stalledSince("matter-status", 40, 50)).isNull();
        clock.advance(Duration.ofSeconds(60));
        assertThat(watch.stalledSince("matter-status", 40, 80)).isNull();
        clock.advance(Duration.ofSeconds(61));
        assertThat(watch.stalledSince("matter-status", 40, 90)).isEqualTo(T0);
    }

    @Test
    void aProcessorThatMovesOrCatchesUpIsNotStalled() {
        watch.stalledSince("matter-status", 40, 50);
        clock.advance(Duration.ofSeconds(200));
        assertThat(watch.stalledSince("matter-status", 45, 60)).isNull();
        clock.advance(Duration.ofSeconds(200));
        assertThat(watch.stalledSince("matter-status", 60, 60)).isNull();
        clock.advance(Duration.ofSeconds(200));
        assertThat(watch.stalledSince("matter-status", 60, 60)).isNull();
    }
}
