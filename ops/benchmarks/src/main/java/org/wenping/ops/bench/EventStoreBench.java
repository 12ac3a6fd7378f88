package org.wenping.ops.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.RawBsonDocument;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.StoredEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Our event store through its public engine API: one event per commit appended from one or many
 * threads, the whole store replayed from position 0 two ways, and random aggregates loaded.
 */
final class EventStoreBench {
    static final int EVENTS_PER_AGGREGATE = 20;
    private static final String AGGREGATE_TYPE = "BenchMatter";

    private final EventStorageEngine engine;
    private final String runId;
    private final List<String> aggregates = new ArrayList<>();
    private final List<Long> loadNanos = new ArrayList<>();

    /** Ours or a peer's engine: both take Axon's messages and answer Axon's streams. */
    EventStoreBench(EventStorageEngine engine, String runId) {
        this.engine = engine;
        this.runId = runId;
    }

    /** {@code events} appends split over {@code threads}, each thread round-robin over its own aggregates. */
    Measurement append(String name, int threads, long events, Duration limit) throws InterruptedException {
        long deadline = Measurement.deadlineAfter(limit);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> parts = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                long quota = events / threads + (t < events % threads ? 1 : 0);
                String prefix = runId + "-" + name.replaceAll("[^A-Za-z0-9]", "") + "-t" + t + "-";
                parts.add(pool.submit(() -> appendOwn(prefix, quota, deadline)));
            }
            long done = 0;
            for (Future<Long> part : parts) done += part.get();
            return new Measurement(name, done, System.nanoTime() - start, "events/s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("an append failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private long appendOwn(String prefix, long quota, long deadline) {
        int aggregateCount = (int) Math.max(1, (quota + EVENTS_PER_AGGREGATE - 1) / EVENTS_PER_AGGREGATE);
        long done = 0;
        while (done < quota && Measurement.before(deadline)) {
            String aggregateId = prefix + (done % aggregateCount);
            long sequence = done / aggregateCount;
            engine.appendEvents(List.of(new GenericDomainEventMessage<>(AGGREGATE_TYPE, aggregateId, sequence,
                    BenchEvent.of(aggregateId, sequence))));
            done++;
        }
        synchronized (aggregates) {
            for (long a = 0; a < Math.min(done, aggregateCount); a++) aggregates.add(prefix + a);
        }
        return done;
    }

    /** All events from position 0 through the public windowed read, 1000 per call, as the tracking path does. */
    static Measurement replayWindows(MongoEventStorageEngine engine, String name, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long after = 0;
        long read = 0;
        while (Measurement.before(deadline)) {
            List<StoredEvent> batch = engine.eventsAfter(after, engine.durablePosition(), 1000);
            if (batch.isEmpty()) break;
            read += batch.size();
            after = batch.get(batch.size() - 1).position();
        }
        return new Measurement(name, read, System.nanoTime() - start, "events/s");
    }

    /**
     * All events from position 0 through Axon's stream; with {@code deserialize} each payload and its metadata
     * are deserialized, without it they stay serialized, as for a processor that handles only some types.
     */
    Measurement replayAxon(String name, Duration limit, boolean deserialize) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long read = 0;
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(null, false)) {
            Iterator<? extends TrackedEventMessage<?>> events = stream.iterator();
            while (Measurement.before(deadline) && events.hasNext()) {
                TrackedEventMessage<?> event = events.next();
                if (deserialize && !(event.getPayload() instanceof BenchEvent)) {
                    throw new IllegalStateException("payload did not deserialize: " + event.getPayloadType());
                }
                if (deserialize) event.getMetaData();
                read++;
            }
        }
        return new Measurement(name, read, System.nanoTime() - start, "events/s");
    }

    /** Loads random aggregates, each stream consumed to its end; answers loads and the events they held. */
    List<Measurement> loadAggregates(String name, long maxLoads, Duration limit) {
        Random random = new Random(42);
        long[] events = new long[1];
        loadNanos.clear();
        Measurement loads = Measurement.loop(name, "loads/s", maxLoads, limit, i -> {
            long start = System.nanoTime();
            DomainEventStream stream = engine.readEvents(aggregates.get(random.nextInt(aggregates.size())));
            while (stream.hasNext()) {
                stream.next().getPayload();
                events[0]++;
            }
            loadNanos.add(System.nanoTime() - start);
        });
        return List.of(loads, new Measurement(name + " (events read)", events[0], loads.nanos(), "events/s"));
    }

    /** p50 and p99 of the last {@link #loadAggregates} run. */
    String loadLatency() {
        List<Long> sorted = loadNanos.stream().sorted().toList();
        if (sorted.isEmpty()) return "-";
        return String.format(java.util.Locale.ROOT, "p50 %.2f ms, p99 %.2f ms (%d loads)",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 99 / 100) / 1e6, sorted.size());
    }

    int aggregateCount() {
        return aggregates.size();
    }

    /** The mean stored size of the first commits, as the raw driver reads them. */
    static int meanCommitBytes(MongoDatabase database, int sample) {
        List<Long> ids = LongStream.rangeClosed(1, sample).boxed().toList();
        long bytes = 0;
        int count = 0;
        for (RawBsonDocument commit : database.getCollection(EventStoreCollections.COMMITS, RawBsonDocument.class)
                .find(Filters.in("_id", ids))) {
            bytes += commit.getByteBuffer().remaining();
            count++;
        }
        return count == 0 ? 0 : (int) (bytes / count);
    }
}
