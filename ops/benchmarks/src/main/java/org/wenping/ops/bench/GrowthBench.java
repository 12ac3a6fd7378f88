package org.wenping.ops.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One engine grown stage by stage: filled with aggregates of {@link EventStoreBench#EVENTS_PER_AGGREGATE} events,
 * each aggregate one {@code appendEvents} call, then at each size timed loading random aggregates and appending one
 * event to an existing aggregate. Ours and the peer get exactly the same messages.
 */
final class GrowthBench {
    private static final int PROBES = 50;
    private static final int LOADS = 300;
    private static final int APPENDS = 200;
    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** Latencies in ms at one size, and the fill rate that reached it. */
    record Stage(long events, double loadP50, double loadP99, double appendP50, double appendP99, double fillRate) {
        String csv() {
            return String.format(Locale.ROOT, "%d,%.3f,%.3f,%.3f,%.3f,%.0f", events, loadP50, loadP99, appendP50, appendP99, fillRate);
        }
    }

    private final EventStorageEngine engine;
    private final String prefix;
    private final long[] probeSequence = new long[PROBES];
    private long aggregates;
    private long events;

    GrowthBench(EventStorageEngine engine, String prefix) {
        this.engine = engine;
        this.prefix = prefix;
    }

    Stage growTo(long size) {
        long start = System.nanoTime();
        long before = events;
        while (events < size) {
            String id = prefix + "-" + aggregates++;
            List<DomainEventMessage<?>> stream = new ArrayList<>();
            for (int sequence = 0; sequence < EventStoreBench.EVENTS_PER_AGGREGATE; sequence++) {
                stream.add(new GenericDomainEventMessage<>("BenchMatter", id, sequence, BenchEvent.of(id, sequence)));
            }
            engine.appendEvents(stream);
            events += stream.size();
        }
        double fillRate = (events - before) / ((System.nanoTime() - start) / 1e9);
        Random random = new Random(size);
        List<Long> loads = time(LOADS, () -> {
            DomainEventStream stream = engine.readEvents(prefix + "-" + random.nextLong(aggregates));
            while (stream.hasNext()) stream.next().getPayload();
        });
        int[] probe = {0};
        List<Long> appends = time(APPENDS, () -> {
            int p = probe[0]++ % PROBES;
            String id = prefix + "-probe-" + p;
            engine.appendEvents(List.of(new GenericDomainEventMessage<>("BenchMatter", id, probeSequence[p],
                    BenchEvent.of(id, probeSequence[p]))));
            probeSequence[p]++;
        });
        events += appends.size();
        return new Stage(events, Measurement.percentileMillis(loads, 50), Measurement.percentileMillis(loads, 99),
                Measurement.percentileMillis(appends, 50), Measurement.percentileMillis(appends, 99), fillRate);
    }

    private static List<Long> time(int count, Runnable step) {
        List<Long> nanos = new ArrayList<>();
        long deadline = Measurement.deadlineAfter(LIMIT);
        while (nanos.size() < count && Measurement.before(deadline)) {
            long start = System.nanoTime();
            step.run();
            nanos.add(System.nanoTime() - start);
        }
        return nanos;
    }

}
