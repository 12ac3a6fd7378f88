package org.wenping.ops.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what the writer's threads send and logs how far the load is, every {@value #EVERY} commands. */
final class LoadProgress {
    private static final Logger log = LoggerFactory.getLogger(LoadProgress.class);
    private static final int EVERY = 500;

    private final int missing;
    private final long started;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicLong events = new AtomicLong();

    /** {@code started}: the {@link System#nanoTime()} the load began at. */
    LoadProgress(int missing, long started) {
        this.missing = missing;
        this.started = started;
    }

    void sent(long eventsStored) {
        long written = events.addAndGet(eventsStored);
        int count = sent.incrementAndGet();
        if (count % EVERY == 0 || count == missing) {
            log.info("演示数据:已发送 {}/{} 条命令({}%),写入 {} 个事件,用时 {} 秒", count, missing,
                    count * 100 / missing, written, took().toMillis() / 1000);
        }
    }

    int sent() {
        return sent.get();
    }

    long events() {
        return events.get();
    }

    Duration took() {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
