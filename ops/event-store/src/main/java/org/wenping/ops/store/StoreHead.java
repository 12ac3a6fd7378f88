package org.wenping.ops.store;

import org.wenping.kernel.integrity.EventHash;

/**
 * The end of the global order as one appender or reader knows it.
 *
 * @param position    the global position of the last stored event (0 in an empty store)
 * @param commitStart the position of the first event of the commit that holds {@code position}
 * @param lastHash    the chain hash of the event at {@code position}
 * @param streams     how many aggregate streams were started up to {@code position}
 */
record StoreHead(long position, long commitStart, String lastHash, long streams) {
    static final StoreHead EMPTY = new StoreHead(0, 0, EventHash.GENESIS, 0);

    long nextPosition() {
        return position + 1;
    }

    boolean isBehind(StoreHead other) {
        return position < other.position;
    }
}
