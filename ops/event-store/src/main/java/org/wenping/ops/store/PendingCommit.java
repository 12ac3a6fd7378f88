package org.wenping.ops.store;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The events of one unit of work waiting for the appender. They all belong to one aggregate, or to
 * none: the stream key that guards optimistic concurrency is one per commit.
 */
final class PendingCommit {
    static final int MAX_EVENTS = 1024;

    final List<PreparedEvent> events;
    final CompletableFuture<StoreHead> stored = new CompletableFuture<>();

    PendingCommit(List<PreparedEvent> events) {
        if (events.isEmpty() || events.size() > MAX_EVENTS) {
            throw new EventStoreException("a commit holds 1 to " + MAX_EVENTS + " events, not " + events.size());
        }
        String aggregateId = events.get(0).aggregateId();
        for (PreparedEvent event : events) {
            if (!java.util.Objects.equals(aggregateId, event.aggregateId())) {
                throw new EventStoreException("a commit may hold the events of one aggregate only");
            }
        }
        this.events = List.copyOf(events);
    }

    PreparedEvent first() {
        return events.get(0);
    }

    String streamKey(long firstPosition) {
        PreparedEvent first = first();
        return first.aggregateId() == null
                ? "~" + firstPosition
                : CommitFields.streamKey(first.aggregateId(), first.sequence());
    }
}
