package org.wenping.ops.store;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.store.StoreFixture.event;

/**
 * Every hot operation of the store is an index lookup, so its cost must not grow with the store: measured
 * at 10 000 and again at 200 000 events (one event per commit, on the embedded server's memory backend, whose
 * unique indexes are hash maps). A query that scanned would cost 20 times more at the second size; the test
 * allows a factor of 3 for noise on a shared 2-core machine.
 */
class FlatCostIT {
    static final int EVENTS_PER_AGGREGATE = 20;
    static final int SAMPLES = 400;

    @TempDir
    Path dataDir;

    @Test
    void costPerOperationStaysFlatFrom10kTo200kEvents() throws Exception {
        try (StoreFixture store = new StoreFixture(dataDir, "memory")) {
            fill(store, 0, 10_000);
            Map<String, Double> small = measure(store, 10_000);
            fill(store, 10_000, 200_000);
            Map<String, Double> large = measure(store, 200_000);

            System.out.printf("flat-cost µs/op at 10k: %s; at 200k: %s%n", small, large);
            for (String operation : small.keySet()) {
                assertThat(large.get(operation)).as(operation).isLessThan(3 * small.get(operation));
            }
        }
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

    private static Map<String, Double> measure(StoreFixture store, int events) {
        int aggregates = events / EVENTS_PER_AGGREGATE;
        Random random = new Random(42);
        return Map.of(
                "load aggregate", microsPerOperation(i -> store.engine.readEvents("agg-" + random.nextInt(aggregates), 0)
                        .asStream().count()),
                "read batch after position", microsPerOperation(i -> store.engine.eventsAfter(
                        random.nextInt(events - 100), store.engine.durablePosition(), 100)),
                "read snapshot", microsPerOperation(i -> store.engine.readSnapshot("agg-" + random.nextInt(aggregates))),
                "append", microsPerOperation(i -> store.engine.appendEvents(
                        List.of(event("new-" + events + "-" + i, 0, "appended")))));
    }

    private static double microsPerOperation(IntConsumer operation) {
        for (int i = 0; i < SAMPLES / 4; i++) operation.accept(-i - 1);
        long start = System.nanoTime();
        for (int i = 0; i < SAMPLES; i++) operation.accept(i);
        return (System.nanoTime() - start) / 1_000.0 / SAMPLES;
    }
}
