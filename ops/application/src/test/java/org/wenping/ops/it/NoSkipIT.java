package org.wenping.ops.it;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.support.GenericApplicationContext;
import org.wenping.command.matter.DraftAssessmentPlanCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.StoredEvent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application contexts share one embedded H2 store and each appends from 8 threads, a fifth of the
 * commands on ten hot matters, while a tracking processor projects. Afterwards: positions exactly 1..N,
 * every event delivered exactly once in per-aggregate order, the hash chain whole, neither context starved.
 */
class NoSkipIT {
    static final int MATTERS = 400;
    static final int HOT_MATTERS = 10;
    static final int PLANS_PER_CONTEXT = 9_800;
    static final int THREADS_PER_CONTEXT = 8;
    static final MetaData ASSESSOR = MetaData.from(EventMetadata.of(new Actor("assessor", "张评估", Role.ASSESSOR,
            "市发改委", new JurisdictionCode("620900"))));

    @TempDir
    Path dataDir;

    @Test
    void everyStoredEventIsProjectedExactlyOnceInOrderWithNoGapAndNoStarvedWriter() throws Exception {
        DeliveryProbe probe = new DeliveryProbe();
        ApplicationContextInitializer<GenericApplicationContext> withProbe =
                context -> context.registerBean(DeliveryProbe.class, () -> probe);
        try (RunningApp first = RunningApp.start(dataDir, withProbe);
             RunningApp second = RunningApp.start(dataDir, withProbe)) {
            List<MatterId> matters = register(first.bean(CommandGateway.class), second.bean(CommandGateway.class));

            Load firstLoad = new Load(first.bean(CommandGateway.class), matters);
            Load secondLoad = new Load(second.bean(CommandGateway.class), matters);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            running.addAll(firstLoad.start());
            running.addAll(secondLoad.start());
            for (Future<?> future : running) future.get(10, TimeUnit.MINUTES);
            double firstSeconds = (firstLoad.finishedAt - start) / 1e9;
            double secondSeconds = (secondLoad.finishedAt - start) / 1e9;

            MongoEventStorageEngine store = first.bean(MongoEventStorageEngine.class);
            System.out.printf("no-skip: load done in %.1f s / %.1f s%n", firstSeconds, secondSeconds);
            long expected = MATTERS + 2L * PLANS_PER_CONTEXT;
            // The other context publishes its last durable head to the shared marker from its own thread.
            long published = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (store.durablePosition() < expected && System.nanoTime() < published) ApiClient.sleep(20);
            List<StoredEvent> all = store.eventsAfter(0, store.durablePosition(), Integer.MAX_VALUE);
            assertThat(all).extracting(StoredEvent::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, expected).boxed().toList());
            assertHashChainIsWhole(all);

            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (probe.delivered() < expected && System.nanoTime() < deadline) ApiClient.sleep(100);
            System.out.printf("no-skip: projection caught up %.1f s after the load%n",
                    (System.nanoTime() - start) / 1e9 - Math.max(firstSeconds, secondSeconds));
            assertThat(probe.deliveriesByPosition).hasSize((int) expected);
            assertThat(probe.deliveriesByPosition.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
            assertThat(probe.sequencesByAggregate).hasSize(MATTERS);
            probe.sequencesByAggregate.values().forEach(sequences -> assertThat(sequences)
                    .containsExactlyElementsOf(LongStream.range(0, sequences.size()).boxed().toList()));

            // Fair share: while both ran, each context finished at least a third of what the other did.
            double overlap = Math.min(firstSeconds, secondSeconds);
            double firstRate = firstLoad.completedBy(start, overlap);
            double secondRate = secondLoad.completedBy(start, overlap);
            System.out.printf("no-skip: %d events; contexts finished in %.1f s and %.1f s; completed in the overlap "
                            + "%.0f and %.0f; client retries %d and %d; position collisions %d and %d%n", expected,
                    firstSeconds, secondSeconds, firstRate, secondRate, firstLoad.retries.get(),
                    secondLoad.retries.get(), store.positionCollisions(),
                    second.bean(MongoEventStorageEngine.class).positionCollisions());
            assertThat(firstRate).isGreaterThan(secondRate / 3);
            assertThat(secondRate).isGreaterThan(firstRate / 3);
        }
    }

    private static List<MatterId> register(CommandGateway first, CommandGateway second) {
        List<MatterId> matters = new ArrayList<>();
        for (int i = 0; i < MATTERS; i++) {
            MatterId id = new MatterId("m-" + i);
            (i % 2 == 0 ? first : second).sendAndWait(new RegisterMatterCommand(id, "事项" + i, MatterCategory.PROJECT,
                    "城市建设", "市住建局", "市政府常务会议", new JurisdictionCode("620902"), Procedure.STANDARD,
                    AssessorMode.SELF, GradingScheme.THREE_LEVEL, LocalDate.of(2026, 1, 5)), ASSESSOR);
            matters.add(id);
        }
        return matters;
    }

    private static void assertHashChainIsWhole(List<StoredEvent> all) {
        String previous = EventHash.GENESIS;
        for (StoredEvent event : all) {
            assertThat(event.hash()).isEqualTo(new EventHash(event.eventId(), event.type(), event.revision(),
                    event.aggregateId(), event.sequence(), event.position(), event.timestamp(), event.payload(),
                    event.metadata(), previous).digest());
            previous = event.hash();
        }
    }

    /** One context's clients: 8 threads sending plan commands, 1 in 5 to a hot matter. */
    private static final class Load {
        final CommandGateway commands;
        final List<MatterId> matters;
        final AtomicInteger retries = new AtomicInteger();
        final List<Long> completions = java.util.Collections.synchronizedList(new ArrayList<>());
        volatile long finishedAt;

        Load(CommandGateway commands, List<MatterId> matters) {
            this.commands = commands;
            this.matters = matters;
        }

        List<Future<?>> start() {
            ExecutorService threads = Executors.newFixedThreadPool(THREADS_PER_CONTEXT);
            AtomicInteger remaining = new AtomicInteger(PLANS_PER_CONTEXT);
            AtomicInteger running = new AtomicInteger(THREADS_PER_CONTEXT);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS_PER_CONTEXT; t++) {
                futures.add(threads.submit(() -> {
                    while (remaining.getAndDecrement() > 0) sendOne();
                    if (running.decrementAndGet() == 0) finishedAt = System.nanoTime();
                }));
            }
            threads.shutdown();
            return futures;
        }

        private void sendOne() {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            MatterId target = matters.get(random.nextInt(5) == 0 ? random.nextInt(HOT_MATTERS) : random.nextInt(matters.size()));
            DraftAssessmentPlanCommand plan = new DraftAssessmentPlanCommand(target, null, "范围", List.of("座谈会"),
                    "标准", LocalDate.of(2026, 2, 1), List.of(), LocalDate.of(2026, 1, 6));
            while (true) {
                try {
                    commands.sendAndWait(plan, ASSESSOR);
                    completions.add(System.nanoTime());
                    return;
                } catch (ConcurrencyException e) {
                    retries.incrementAndGet();
                }
            }
        }

        double completedBy(long start, double seconds) {
            long until = start + (long) (seconds * 1e9);
            synchronized (completions) {
                return completions.stream().filter(at -> at <= until).count();
            }
        }
    }
}
