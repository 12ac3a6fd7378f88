package org.wenping.ops.store;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Publishes how far the store is durable: at once to readers in this process, and to the shared
 * {@link DurableHeadMarker} from a thread of its own, so the appender never waits for the marker write.
 * Several heads published while a marker write is under way coalesce into one write of the latest.
 */
final class DurableHeadPublisher implements AutoCloseable {
    private final DurableHeadMarker marker;
    private final AtomicReference<StoreHead> durable;
    private final Thread writer;
    private volatile boolean running = true;
    private StoreHead written;

    DurableHeadPublisher(DurableHeadMarker marker, StoreHead recovered) {
        this.marker = marker;
        this.durable = new AtomicReference<>(recovered);
        this.written = recovered;
        this.writer = new Thread(this::run, "wenping-durable-head");
        writer.setDaemon(true);
        writer.start();
    }

    /** Called once {@code head} and everything before it is durable. */
    void published(StoreHead head) {
        durable.accumulateAndGet(head, (current, next) -> next.isBehind(current) ? current : next);
        LockSupport.unpark(writer);
    }

    /** The last durable position: what this process knows, or what another process published, whichever is further. */
    long durablePosition() {
        return Math.max(durable.get().position(), marker.durablePosition());
    }

    private void run() {
        while (running) {
            writeIfBehind();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        writeIfBehind();
    }

    private void writeIfBehind() {
        StoreHead latest = durable.get();
        if (written.isBehind(latest)) {
            try {
                marker.advanceTo(latest);
                written = latest;
            } catch (RuntimeException e) {
                // The next round retries; readers in this process are not held up meanwhile.
            }
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(writer);
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
