package org.wenping.ops.health;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.wenping.ops.replay.ProcessorProgress;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Each processor's component: DOWN in error, before a gap or stalled; UP while it is merely catching up. */
class ProcessorHealthTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-20T00:00:00Z"));
    private final ProcessorHealth health = new ProcessorHealth(null, new StallWatch(Duration.ofMinutes(2), clock));

    @Test
    void aProcessorInErrorIsDown() {
        assertThat(health.health(progress(10, 20, true, null)).getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void aProcessorBeforeAGapIsDown() {
        Health answer = health.health(progress(10, 20, false, 11L));
        assertThat(answer.getStatus()).isEqualTo(Status.DOWN);
        assertThat(answer.getDetails().get("reason").toString()).contains("缺口");
    }

    @Test
    void aProcessorThatHasNotMovedWhileTheHeadDidIsDownAsStalled() {
        assertThat(health.health(progress(10, 20, false, null)).getStatus()).isEqualTo(Status.UP);
        clock.advance(Duration.ofMinutes(3));
        Health stalled = health.health(progress(10, 30, false, null));
        assertThat(stalled.getStatus()).isEqualTo(Status.DOWN);
        assertThat(stalled.getDetails().get("reason").toString()).contains("停滞");
    }

    @Test
    void aCaughtUpProcessorIsUpWithItsPositionAndTheHead() {
        Health answer = health.health(progress(20, 20, false, null));
        assertThat(answer.getStatus()).isEqualTo(Status.UP);
        assertThat(answer.getDetails()).containsEntry("position", 20L).containsEntry("head", 20L);
    }

    private static ProcessorProgress progress(long position, long head, boolean error, Long gapAt) {
        return new ProcessorProgress("matter-status", true, false, position >= head, error, position, head,
                100.0 * position / head, 0, -1, 0, gapAt);
    }
}
