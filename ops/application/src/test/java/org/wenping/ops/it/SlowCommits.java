package org.wenping.ops.it;

import org.wenping.ops.store.AppendObserver;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Holds one commit group in four for up to {@code longest} after it is durable and before it is visible and
 * acknowledged: the window in which a store that orders by commit time lets a reader skip it.
 */
final class SlowCommits implements AppendObserver {
    private final Duration longest;

    SlowCommits(Duration longest) {
        this.longest = longest;
    }

    @Override
    public void groupWritten(int commits, Duration makeDurable) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        if (random.nextInt(4) == 0) ApiClient.sleep(random.nextLong(longest.toMillis() + 1));
    }
}
