package org.wenping.ops.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.store.StoreFixture.event;

/**
 * Every hot operation of the store is an index lookup, so its cost must not grow with the store. Proved two
 * ways while the store grows from 10 000 to 200 000 events (one event per commit, on the embedded server's
 * memory backend, whose unique indexes are hash maps):
 * <ul>
 *   <li>by shape: every filter the store sends during the hot operations is an equality or {@code $in} on
 *   {@code _id} or the unique {@code streamKey}, the only filters mongo-java-server serves from an index
 *   (and which a real MongoDB serves from the same unique indexes);</li>
 *   <li>by cost: a query that scanned would cost 20 times more at the second size; the best of several rounds
 *   is compared, with a factor of 3 allowed for noise on a shared 2-core machine.</li>
 * </ul>
 */
class FlatCostIT {
    static final int EVENTS_PER_AGGREGATE = 20;
    static final int SAMPLES = 200;
    static final int ROUNDS = 5;
    static final Set<String> UNIQUE_KEYS = Set.of("_id", CommitFields.STREAM_KEY);

    @TempDir
    Path dataDir;

    private final ConcurrentLinkedQueue<BsonDocument> sentFilters = new ConcurrentLinkedQueue<>();
    private volatile boolean recording;

    @Test
    void costPerOperationStaysFlatFrom10kTo200kEvents() throws Exception {
        try (StoreFixture store = new StoreFixture(dataDir, "memory", filterRecorder())) {
            fill(store, 0, 10_000);
            Map<String, Double> small = measure(store, 10_000);
            fill(store, 10_000, 200_000);
            Map<String, Double> large = measure(store, 200_000);

            System.out.printf("flat-cost µs/op (best of %d rounds) at 10k: %s; at 200k: %s%n", ROUNDS, small, large);
            assertThat(sentFilters).as("filters sent by the hot operations").isNotEmpty()
                    .allSatisfy(filter -> assertThat(servedByUniqueIndex(filter)).as(filter.toJson()).isTrue());
            for (String operation : small.keySet()) {
                assertThat(large.get(operation)).as(operation).isLessThan(3 * small.get(operation));
            }
        }
    }

    /** Records the filter of every find, update and delete the client sends while {@link #recording}. */
    private CommandListener filterRecorder() {
        return new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (!recording) return;
                BsonDocument command = event.getCommand();
                switch (event.getCommandName()) {
                    case "find" -> sentFilters.add(copy(command.getDocument("filter", new BsonDocument())));
                    case "update", "delete" -> command.getArray(event.getCommandName() + "s").forEach(
                            statement -> sentFilters.add(copy(statement.asDocument().getDocument("q"))));
                    default -> { }
                }
            }
        };
    }

    /** The command's buffer is released once the listener returns, so the filter is copied out of it. */
    private static BsonDocument copy(BsonDocument filter) {
        return BsonDocument.parse(filter.toJson());
    }

    /** An equality or {@code $in} on one unique key, possibly narrowed further by other conditions. */
    private static boolean servedByUniqueIndex(BsonDocument filter) {
        if (filter.containsKey("$and")) {
            return filter.getArray("$and").stream().anyMatch(part -> servedByUniqueIndex(part.asDocument()));
        }
        return UNIQUE_KEYS.stream().filter(filter::containsKey).map(filter::get).anyMatch(FlatCostIT::isEqualityOrIn);
    }

    private static boolean isEqualityOrIn(BsonValue condition) {
        if (!condition.isDocument()) return true;
        BsonDocument operators = condition.asDocument();
        return operators.size() == 1 && (operators.containsKey("$eq") || operators.containsKey("$in"));
    }

    /** Appends events {@code from..to} as one-event commits from 8 threads, aggregate by aggregate. */
    private static void fill(StoreFixture store, int from, int to) throws Exception {
        int firstAggregate = from / EVENTS_PER_AGGREGATE;
        int aggregates = (to - from) / EVENTS_PER_AGGREGATE;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            work.add(threads.submit(() -> {
                for (int a = firstAggregate + thread; a < firstAggregate + aggregates; a += 8) {
                    for (int sequence = 0; sequence < EVENTS_PER_AGGREGATE; sequence++) {
                        store.engine.appendEvents(List.of(event("agg-" + a, sequence, "event " + sequence)));
                    }
                    store.engine.storeSnapshot(new GenericDomainEventMessage<>("Matter", "agg-" + a,
                            EVENTS_PER_AGGREGATE - 1, new StoreFixture.Noted("state")));
                }
            }));
        }
        for (Future<?> future : work) future.get();
        threads.shutdown();
    }

    private Map<String, Double> measure(StoreFixture store, int events) {
        int aggregates = events / EVENTS_PER_AGGREGATE;
        Random random = new Random(42);
        int[] appended = {0};
        Map<String, IntConsumer> operations = new LinkedHashMap<>();
        operations.put("load aggregate", i -> store.engine.readEvents("agg-" + random.nextInt(aggregates), 0)
                .asStream().count());
        operations.put("read batch after position", i -> store.engine.eventsAfter(
                random.nextInt(events - 100), store.engine.durablePosition(), 100));
        operations.put("read snapshot", i -> store.engine.readSnapshot("agg-" + random.nextInt(aggregates)));
        operations.put("append", i -> store.engine.appendEvents(
                List.of(event("new-" + events + "-" + appended[0]++, 0, "appended"))));

        Map<String, Double> bestMicros = new LinkedHashMap<>();
        recording = true;
        try {
            operations.forEach((name, operation) -> bestMicros.put(name, bestOfRounds(operation)));
        } finally {
            recording = false;
        }
        return bestMicros;
    }

    /** The lowest mean cost of {@link #ROUNDS} rounds, so that a pause of the shared machine counts once at most. */
    private static double bestOfRounds(IntConsumer operation) {
        for (int i = 0; i < SAMPLES / 2; i++) operation.accept(i);
        double best = Double.MAX_VALUE;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < SAMPLES; i++) operation.accept(i);
            best = Math.min(best, (System.nanoTime() - start) / 1_000.0 / SAMPLES);
        }
        return best;
    }
}
