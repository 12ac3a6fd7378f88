package org.wenping.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.axonframework.serialization.Serializer;
import org.wenping.ops.store.JsonSerializers;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark run on one embedded server (H2 file backend) reached through the real driver over TCP:
 * the raw baseline first, on its own collections, then the event store on the same server.
 */
final class BenchRun {
    private static final int WARM_UP = 500;
    private static final Duration WARM_UP_LIMIT = Duration.ofSeconds(10);
    private static final Duration INSERT_LIMIT = Duration.ofSeconds(40);
    private static final Duration DURABLE_INSERT_LIMIT = Duration.ofSeconds(25);
    private static final Duration APPEND_LIMIT = Duration.ofSeconds(45);
    private static final Duration READ_LIMIT = Duration.ofSeconds(30);
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(15);

    private final long events;
    private final Path dataDir;
    private final ResultTable table = new ResultTable();

    BenchRun(long events, Path dataDir) {
        this.events = events;
        this.dataDir = dataDir;
    }

    ResultTable run() throws InterruptedException {
        EmbeddedMongo embedded = EmbeddedMongo.acquire(EmbeddedSettings.h2(), dataDir);
        try (MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoDatabase database = client.getDatabase("wenping");
            describe(embedded);
            RawDriverBench raw = new RawDriverBench(database, embedded);
            Measurement[] baseline = baseline(raw);
            Serializer serializer = JsonSerializers.kernelJson();
            MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).durability(embedded)
                    .eventSerializer(serializer).snapshotSerializer(serializer).build();
            try {
                String runId = Long.toString(System.currentTimeMillis(), 36);
                List<Measurement> ours = eventStore(new EventStoreBench(engine, runId), engine, database, baseline);
                commitReads(raw, engine.durablePosition(), ours.get(3));
                peer(new EventStoreBench(AxonMongoPeer.engine(client.getDatabase("axon_peer"), serializer), runId), ours);
                table.note("load average (1 min) at end", loadAverage());
            } finally {
                engine.close();
            }
        } finally {
            embedded.release();
        }
        return table;
    }

    private Measurement[] baseline(RawDriverBench raw) {
        raw.insertOne("warm-up", "bench_warmup", WARM_UP, WARM_UP_LIMIT, false);
        raw.scan("warm-up scan", "bench_warmup", WARM_UP_LIMIT);
        Measurement insert = raw.insertOne("raw insertOne", "bench_raw", events, INSERT_LIMIT, false);
        Measurement durable = raw.insertOne("raw insertOne + durable commit per insert", "bench_raw_durable",
                events / 4, DURABLE_INSERT_LIMIT, true);
        Measurement many = raw.insertMany("raw insertMany of 100", "bench_raw_many", events, 100, INSERT_LIMIT);
        // The first pass over a freshly written collection runs at half speed or less; the second is the baseline.
        raw.scan("warm-up scan", "bench_raw", READ_LIMIT);
        Measurement scan = raw.scan("raw scan (find(), batchSize 1000)", "bench_raw", READ_LIMIT);
        table.add(List.of(insert, durable, many, scan));
        return new Measurement[] {insert, durable, scan, many};
    }

    /** Answers append at 1, 8, 32 threads, the {@code eventsAfter} replay, the Axon replay and the load. */
    private List<Measurement> eventStore(EventStoreBench store, MongoEventStorageEngine engine, MongoDatabase database,
                            Measurement[] baseline) throws InterruptedException {
        // The JIT needs a few thousand appends before the rates settle; measured ones come after.
        Measurement warmUp = store.append("warm-up", 8, 6 * WARM_UP, WARM_UP_LIMIT.multipliedBy(3));
        store.replayAxon("warm-up replay", WARM_UP_LIMIT, true);
        Measurement one = store.append("append, 1 thread", 1, events / 4, APPEND_LIMIT);
        Measurement eight = store.append("append, 8 threads", 8, events * 3 / 8, APPEND_LIMIT);
        Measurement thirtyTwo = store.append("append, 32 threads", 32, events * 3 / 8, APPEND_LIMIT);
        Measurement windows = EventStoreBench.replayWindows(engine, "replay, eventsAfter(…, 1000)", READ_LIMIT);
        Measurement axon = store.replayAxon("replay, Axon readEvents(null, false)", READ_LIMIT, true);
        Measurement sequential = store.replayAxon(
                "sequential read, Axon readEvents, payloads not deserialized", READ_LIMIT, false);
        List<Measurement> loads = store.loadAggregates("aggregate load, readEvents(id)",
                Math.max(200, events / 10), LOAD_LIMIT);
        table.add(List.of(one, eight, thirtyTwo, windows, axon, sequential));
        table.add(loads);
        table.ratio(one, baseline[0]);
        table.ratio(one, baseline[1]);
        table.ratio(eight, baseline[0]);
        table.ratio(eight, baseline[1]);
        table.ratio(thirtyTwo, baseline[0]);
        table.ratio(thirtyTwo, baseline[1]);
        table.ratio(eight, baseline[3]);
        table.ratio(thirtyTwo, baseline[3]);
        table.ratio(windows, baseline[2]);
        table.ratio(axon, baseline[2]);
        table.ratio(sequential, baseline[2]);
        table.note("events appended in this run (incl. warm-up)",
                warmUp.operations() + one.operations() + eight.operations() + thirtyTwo.operations());
        table.note("aggregate load latency", store.loadLatency());
        table.note("events in the store (read by the replays)", engine.durablePosition());
        table.note("aggregates loaded from", store.aggregateCount() + " (≤ " + EventStoreBench.EVENTS_PER_AGGREGATE
                + " events each, one event per commit)");
        table.note("raw document size", RawDriverBench.documentBytes() + " bytes");
        table.note("mean commit document size", EventStoreBench.meanCommitBytes(database, 200) + " bytes");
        return List.of(one, eight, thirtyTwo, windows, axon, loads.get(0));
    }

    /**
     * The same phases on axon-mongo's engine, same server, same events (one per commit), after its own warm-up;
     * answered as ratios of ours to the peer.
     */
    private void peer(EventStoreBench peer, List<Measurement> ours) throws InterruptedException {
        peer.append("axon-mongo warm-up", 8, 6 * WARM_UP, WARM_UP_LIMIT.multipliedBy(3));
        Measurement one = peer.append("axon-mongo append, 1 thread", 1, events / 4, APPEND_LIMIT);
        Measurement eight = peer.append("axon-mongo append, 8 threads", 8, events * 3 / 8, APPEND_LIMIT);
        Measurement thirtyTwo = peer.append("axon-mongo append, 32 threads", 32, events * 3 / 8, APPEND_LIMIT);
        Measurement replay = peer.replayAxon("axon-mongo replay, readEvents(null, false)", READ_LIMIT, true);
        List<Measurement> loads = peer.loadAggregates("axon-mongo aggregate load, readEvents(id)",
                Math.max(200, events / 10), LOAD_LIMIT);
        table.add(List.of(one, eight, thirtyTwo, replay));
        table.add(loads);
        table.note("axon-mongo aggregate load latency", peer.loadLatency());
        List<Measurement> theirs = List.of(one, eight, thirtyTwo, replay, replay, loads.get(0));
        for (int i = 0; i < ours.size(); i++) if (i != 3) table.ratio(ours.get(i), theirs.get(i));
    }

    /** Two cores are easily shared with a build or a test run; a load well above 2 makes every rate suspect. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The raw driver on our own commit collection: separates the cost of key lookups from that of our decoding. */
    private void commitReads(RawDriverBench raw, long head, Measurement replay) {
        Measurement scan = raw.scan("raw scan of event_commits", EventStoreCollections.COMMITS, READ_LIMIT);
        Measurement in = raw.inWindows("raw _id $in windows of 256 on event_commits", EventStoreCollections.COMMITS,
                head, 256, READ_LIMIT);
        table.add(List.of(scan, in));
        table.ratio(in, scan);
        table.ratio(replay, in);
    }

    private void describe(EmbeddedMongo embedded) {
        table.note("events requested", events);
        table.note("server", "mongo-java-server, H2 file backend, " + embedded.connectionString() + " (real driver, TCP)");
        table.note("data directory", dataDir.toAbsolutePath());
        table.note("cores (availableProcessors)", Runtime.getRuntime().availableProcessors());
        table.note("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        table.note("load average (1 min) at start", loadAverage());
        table.note("max heap", Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        table.note("time limits (s)", "insert " + INSERT_LIMIT.toSeconds() + ", durable insert "
                + DURABLE_INSERT_LIMIT.toSeconds() + ", append " + APPEND_LIMIT.toSeconds() + " per phase, read "
                + READ_LIMIT.toSeconds() + ", load " + LOAD_LIMIT.toSeconds());
    }
}
