package org.wenping.ops.store;

import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Axon's storage engine on MongoDB, built for a ledger: gapless global positions, a per-aggregate
 * sequence guarded by a unique stream key, one atomic document per commit, a hash chain over every
 * event, and tracking that never reads past what is durable. Every hot query is an {@code _id} or
 * {@code streamKey} {@code $in} lookup, served by a unique index on the embedded server and on MongoDB.
 */
public final class MongoEventStorageEngine extends BatchingEventStorageEngine implements AutoCloseable {
    private static final long APPEND_TIMEOUT_SECONDS = 60;

    private final EventStoreCollections collections;
    private final SnapshotStore snapshots;
    private final CommitAppender appender;
    private final CommitReader reader;
    private final CatchUpPages catchUpPages;
    private final long catchUpScanDistance;
    private final AppendObserver observer;

    MongoEventStorageEngine(MongoEventStorageEngineBuilder builder) {
        super(builder);
        this.collections = EventStoreCollections.named(builder.database, builder.collectionPrefix);
        this.reader = new CommitReader(new CommitWindows(collections.commits()));
        this.catchUpPages = new CatchUpPages(reader);
        this.snapshots = new SnapshotStore(collections.snapshots());
        this.catchUpScanDistance = builder.catchUpScanDistance;
        this.observer = builder.observer;
        this.appender = new CommitAppender(collections, builder.durability, builder.clock, builder.signer, observer);
    }

    public static MongoEventStorageEngineBuilder builder() {
        return new MongoEventStorageEngineBuilder();
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) return;
        List<PreparedEvent> prepared = events.stream().map(event -> PreparedEvent.of(event, serializer)).toList();
        long start = System.nanoTime();
        PendingCommit commit = appender.submit(new PendingCommit(prepared));
        try {
            commit.stored.get(APPEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            observer.appended(Duration.ofNanos(System.nanoTime() - start));
            PreparedEvent last = prepared.get(prepared.size() - 1);
            if (last.aggregateId() != null) reader.appended(last.aggregateId(), last.sequence());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) throw cause;
            throw new EventStoreException("写入事件存储失败", e.getCause());
        } catch (TimeoutException e) {
            throw new EventStoreException("写入事件存储超时", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EventStoreException("写入事件存储被中断", e);
        }
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        long after = lastToken == null ? 0 : lastToken.position().orElse(0);
        return eventsAfter(after, appender.durablePosition(), batchSize);
    }

    /**
     * A reader far behind the head catches up through the pages every such reader shares, then follows the head
     * with {@code $in} windows.
     */
    @Override
    protected Stream<? extends TrackedEventData<?>> readEventData(TrackingToken token, boolean mayBlock) {
        long after = token == null ? 0 : token.position().orElse(0);
        if (appender.durablePosition() - after < catchUpScanDistance) {
            return super.readEventData(token, mayBlock);
        }
        CatchUpReader catchUp = CatchUpReader.after(catchUpPages, after, appender::durablePosition);
        return ThenStream.of(catchUp, () -> MongoEventStorageEngine.super.readEventData(
                catchUp.delivered() == 0 ? null : new GlobalSequenceTrackingToken(catchUp.delivered()), mayBlock));
    }

    /** The events after global position {@code after}, up to {@code upTo} and at most {@code max} of them. */
    public List<StoredEvent> eventsAfter(long after, long upTo, int max) {
        return reader.eventsAfter(after, upTo, max);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateId, long firstSequence,
                                                                   int batchSize) {
        return streamOf(aggregateId, firstSequence, batchSize);
    }

    /**
     * The events of one aggregate from {@code firstSequence} on, whole commits, at least {@code enough} if stored;
     * as stored, not upcast: a reader of the record uses {@link #readBack}.
     */
    public List<StoredEvent> streamOf(String aggregateId, long firstSequence, int enough) {
        return reader.streamOf(aggregateId, firstSequence, enough);
    }

    /** The raw commit documents of one aggregate, in sequence order, as stored (signatures and hashes included). */
    public List<BsonDocument> commitsOf(String aggregateId) {
        return reader.commitsOf(aggregateId);
    }

    /** The events of one aggregate read as Axon reads them, through this engine's serializer and upcaster chain. */
    public List<ReadBackEvent> readBack(String aggregateId) {
        return ReadBackEvent.upcast(streamOf(aggregateId, 0, Integer.MAX_VALUE), getEventSerializer(), upcasterChain);
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateId) {
        return snapshots.latest(aggregateId).stream();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        snapshots.store(snapshot, serializer);
    }

    @Override
    public TrackingToken createHeadToken() {
        long durable = appender.durablePosition();
        return durable == 0 ? null : new GlobalSequenceTrackingToken(durable);
    }

    /** The token just before the first event recorded at or after {@code instant}: a binary search over positions. */
    @Override
    public TrackingToken createTokenAt(Instant instant) {
        long low = 1;
        long high = appender.durablePosition() + 1;
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (eventsAfter(middle - 1, middle, 1).get(0).getTimestamp().isBefore(instant)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low <= 1 ? null : new GlobalSequenceTrackingToken(low - 1);
    }

    /** The last global position that is durable and so visible to tracking readers. */
    public long durablePosition() {
        return appender.durablePosition();
    }

    /** Whether the one writer still takes commits (false after close or if its thread died). */
    public boolean accepting() {
        return appender.accepting();
    }

    /** How often this process lost the race for a global position to another appender. */
    public long positionCollisions() {
        return appender.positionCollisions();
    }

    @Override
    public void close() {
        appender.close();
    }
}
