package org.wenping.ops.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The global order in fixed pages of {@link #EVENTS} positions, each read once with a few short {@code $in}
 * lookups and kept while readers catching up share it. A rebuild replays every projection at once: without
 * this each processor would read, and turn into events, the whole store on its own. A page is kept only
 * once it is complete (every one of its positions is durable, and positions are never rewritten), so what a
 * reader gets from here is what it would have read itself. No lookup holds a cursor: each page is a few
 * queries of milliseconds, well inside the time the embedded H2 store keeps the versions a query reads.
 */
final class CatchUpPages {
    static final int EVENTS = 1024;
    /** About 32 000 events: processors replaying side by side drift apart by less than this. */
    private static final int KEPT = 32;

    private final CommitReader reader;
    private final int size;
    private int readers;
    private final Map<Long, Page> pages = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Page> eldest) {
            return size() > KEPT;
        }
    };

    CatchUpPages(CommitReader reader) {
        this(reader, EVENTS);
    }

    /** Pages of {@code size} positions instead of {@link #EVENTS}. */
    CatchUpPages(CommitReader reader, int size) {
        this.reader = reader;
        this.size = size;
    }

    /** A reader starts catching up; the pages are kept while any reader is. */
    synchronized void readerStarted() {
        readers++;
    }

    /** A reader has caught up (or was closed): once none is left the pages are let go. */
    synchronized void readerFinished() {
        if (--readers > 0) return;
        synchronized (pages) {
            pages.clear();
        }
    }

    /** The page that holds the position after {@code after}. */
    long pageAfter(long after) {
        return after / size;
    }

    /** The last position of page {@code index}. */
    long lastOf(long index) {
        return (index + 1) * size;
    }

    /**
     * The events of page {@code index} in position order, read by the first reader to ask and shared with the
     * others; fewer than a page if the store has a hole there (the reader then stops, see {@link CatchUpReader}).
     * Only a page below {@code durable} may be asked for.
     */
    List<StoredEvent> page(long index, long durable) {
        if (lastOf(index) > durable) throw new IllegalArgumentException("page " + index + " is not yet complete");
        Page page;
        synchronized (pages) {
            page = pages.computeIfAbsent(index, Page::new);
        }
        return page.events();
    }

    private final class Page {
        private final long index;
        private List<StoredEvent> events;

        Page(long index) {
            this.index = index;
        }

        synchronized List<StoredEvent> events() {
            if (events != null) return events;
            List<StoredEvent> read = reader.eventsAfter(lastOf(index) - size, lastOf(index), size);
            if (read.size() == size) events = read;
            return read;
        }
    }
}
