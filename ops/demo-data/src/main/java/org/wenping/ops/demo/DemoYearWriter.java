package org.wenping.ops.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.EventMetadata;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Sends the demo year's commands through the command gateway from a small pool of threads, skipping every command
 * the event store already holds. The records are independent streams: each step waits only for the steps the
 * {@link StepGraph} names (the one before it on its record, and what its handler reads), so every record gets the
 * same events as when written in the planned order, while the store's group commit serves many records at once.
 * Whether a command is stored is read from its record's last sequence number, so a start after a crash half-way
 * resumes with the first missing command of each record and never repeats one; each command also names the version
 * it expects, so the store itself refuses a repeat.
 */
final class DemoYearWriter {
    private static final Logger log = LoggerFactory.getLogger(DemoYearWriter.class);

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final PersonalDataSealer sealer;
    private final int threads;

    DemoYearWriter(CommandGateway commands, EventStore eventStore, PersonalDataSealer sealer, int threads) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.sealer = sealer;
        this.threads = threads;
    }

    /** Writes what is missing of {@code year}, stopping early (incomplete) when {@code stop} turns true. */
    LoadReport write(DemoYear year, BooleanSupplier stop) {
        long started = System.nanoTime();
        List<DemoStep> steps = year.steps();
        ExecutorService pool = Executors.newFixedThreadPool(threads, namedThreads());
        try {
            List<Boolean> done = storedSteps(steps, pool);
            int found = (int) done.stream().filter(Boolean::booleanValue).count();
            if (found == steps.size()) return LoadReport.alreadyLoaded(year, Duration.ofNanos(System.nanoTime() - started));
            log.info("演示数据:事件存储中已有 {} 条命令的结果,尚缺 {} 条,以 {} 个线程补齐", found, steps.size() - found, threads);
            LoadProgress progress = new LoadProgress(steps.size() - found, started);
            sendMissing(steps, done, stop, progress, pool);
            return new LoadReport(year.matters().size(), steps.size(), progress.sent(), found, progress.events(),
                    progress.took(), progress.sent() + found == steps.size());
        } finally {
            pool.shutdown();
        }
    }

    /** Sends every step not {@code done}, each once the steps the graph names before it are stored. */
    private void sendMissing(List<DemoStep> steps, List<Boolean> done, BooleanSupplier stop, LoadProgress progress,
                             ExecutorService pool) {
        StepGraph graph = StepGraph.of(steps);
        long[] eventsOf = eventsOfEachStep(steps);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<CompletableFuture<Void>> sent = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            long events = eventsOf[i];
            CompletableFuture<?>[] before = Arrays.stream(graph.prerequisitesOf(i)).mapToObj(sent::get)
                    .toArray(CompletableFuture[]::new);
            sent.add(done.get(i) ? CompletableFuture.completedFuture(null) : CompletableFuture.allOf(before).thenRunAsync(() -> {
                if (stop.getAsBoolean() || failure.get() != null) return;
                send(step);
                progress.sent(events);
            }, pool).whenComplete((ignored, error) -> {
                if (error != null) failure.compareAndSet(null, error instanceof CompletionException c ? c.getCause() : error);
            }));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
        if (failure.get() != null) throw new IllegalStateException(failure.get().getMessage(), failure.get());
    }

    private void send(DemoStep step) {
        Map<String, Object> metadata = new HashMap<>(EventMetadata.of(step.actor()));
        metadata.put(EventMetadata.CORRELATION_ID, "demo-data-" + step.aggregateId() + "-" + step.versionAfter());
        Object command = step.command() instanceof DeferredCommand deferred ? deferred.complete(sealer, eventStore)
                : step.command();
        Object result = commands.sendAndWait(command, MetaData.from(metadata));
        long version = result instanceof Long number ? number : 0;
        if (version != step.versionAfter()) {
            throw new IllegalStateException("演示数据与事件存储不一致:" + step.describe() + " 之后版本应为 "
                    + step.versionAfter() + ",实为 " + version);
        }
    }

    /** How many events each step stores: its version after, less that of the step before it on its record. */
    private static long[] eventsOfEachStep(List<DemoStep> steps) {
        long[] events = new long[steps.size()];
        Map<String, Long> versions = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            DemoStep step = steps.get(i);
            events[i] = step.versionAfter() - versions.getOrDefault(step.aggregateId(), -1L);
            versions.put(step.aggregateId(), step.versionAfter());
        }
        return events;
    }

    /** Whether each step is stored, read from its record's last sequence number; the records asked side by side. */
    private List<Boolean> storedSteps(List<DemoStep> steps, ExecutorService pool) {
        Map<String, CompletableFuture<Long>> versions = new HashMap<>();
        steps.forEach(step -> versions.computeIfAbsent(step.aggregateId(), id -> CompletableFuture.supplyAsync(
                () -> eventStore.lastSequenceNumberFor(id).orElse(-1L), pool)));
        return steps.stream().map(step -> step.doneAt(versions.get(step.aggregateId()).join())).toList();
    }

    private static ThreadFactory namedThreads() {
        AtomicInteger number = new AtomicInteger();
        return task -> new Thread(task, "demo-data-" + number.incrementAndGet());
    }
}
