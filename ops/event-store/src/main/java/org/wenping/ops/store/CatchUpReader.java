package org.wenping.ops.store;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Reads a long stretch of the global order page by page from the {@link CatchUpPages} that every reader far
 * behind shares, instead of each reading the whole store on its own. It goes on while the next page is
 * complete below the durable head, checking that every event follows the one before; it ends at the first
 * page that is not yet complete or at a hole, and the caller carries on from the last position it delivered.
 */
final class CatchUpReader extends Spliterators.AbstractSpliterator<StoredEvent> {
    private final CatchUpPages pages;
    private final LongSupplier durable;
    private final Deque<StoredEvent> pending = new ArrayDeque<>();
    private long delivered;
    private boolean done;

    private CatchUpReader(CatchUpPages pages, long after, LongSupplier durable) {
        super(Long.MAX_VALUE, ORDERED | NONNULL | DISTINCT);
        this.pages = pages;
        this.delivered = after;
        this.durable = durable;
        pages.readerStarted();
    }

    static CatchUpReader after(CatchUpPages pages, long after, LongSupplier durable) {
        return new CatchUpReader(pages, after, durable);
    }

    void close() {
        if (done) return;
        done = true;
        pending.clear();
        pages.readerFinished();
    }

    /** The last position this reader delivered (or the one it started after). */
    long delivered() {
        return delivered;
    }

    @Override
    public boolean tryAdvance(Consumer<? super StoredEvent> action) {
        if (pending.isEmpty() && !done) readNextPage();
        if (pending.isEmpty()) {
            close();
            return false;
        }
        StoredEvent next = pending.poll();
        delivered = next.position();
        action.accept(next);
        return true;
    }

    private void readNextPage() {
        long page = pages.pageAfter(delivered);
        long head = durable.getAsLong();
        if (pages.lastOf(page) > head) return;
        long expected = delivered + 1;
        for (StoredEvent event : pages.page(page, head)) {
            if (event.position() < expected) continue;
            if (event.position() > expected) break;
            pending.add(event);
            expected++;
        }
    }
}
