package org.wenping.ops.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The generator's loop: blocks of {@link #BLOCK} matters, each with its share of the cases, spread over the writer
 * threads; each matter's or case's commands sent through the command gateway inside one unit of work, so that Axon's
 * aggregate handles every command and the record's events reach the store as one commit. After each block the
 * number of finished blocks and of cases written is recorded ({@link ScaleProgress}): a restart resumes with the
 * next block, skipping what that block already holds.
 */
final class ScaleRun {
    static final int BLOCK = 250;

    private final ScaleOptions options;
    private final CommandGateway commands;
    private final EventStore events;
    private final MongoEventStorageEngine engine;
    private final GradingSchemePolicy schemes;
    private final PersonalDataSealer sealer;
    private final AtomicLong matters = new AtomicLong();
    private final AtomicLong cases = new AtomicLong();

    ScaleRun(ScaleOptions options, CommandGateway commands, EventStore events, MongoEventStorageEngine engine,
             GradingSchemePolicy schemes, PersonalDataSealer sealer) {
        this.options = options;
        this.commands = commands;
        this.events = events;
        this.engine = engine;
        this.schemes = schemes;
        this.sealer = sealer;
    }

    void run() throws Exception {
        GansuPlaces places = GansuPlaces.bundled();
        ScaleRegistry registry = new ScaleRegistry();
        if (events.lastSequenceNumberFor(registry.first().value()).isEmpty()) registry.steps().forEach(step -> write(List.of(step)));
        ScaleProgress resumed = ScaleProgress.read(options.dataDir());
        long firstBlock = resumed.blocks();
        matters.set(Math.min(options.matters(), firstBlock * BLOCK));
        cases.set(resumed.cases());
        StageProbe probe = new StageProbe(commands, events, this::write, options.dataDir(),
                options.dataDir().resolve("growth.csv"));
        probe.prepare(places, registry, schemes);
        List<Long> stages = new ArrayList<>(options.stages().stream().filter(stage -> stage > engine.durablePosition()).toList());
        System.out.printf(Locale.ROOT, "%d places in %d cities of 甘肃省, years %d–%d; %,d matters and %,d cases, up to %,d "
                        + "events; %d threads; max heap %d MiB; data %s; resuming at matter %,d and case %,d, %,d events stored%n",
                places.places().size(), places.cities(), ScaleMatter.FIRST_YEAR, ScaleMatter.LAST_DATE.getYear(),
                options.matters(), options.cases(), options.events(), options.threads(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024), options.dataDir().toAbsolutePath(), matters.get(),
                cases.get(), engine.durablePosition());
        System.out.println(StageProbe.HEADER);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        long runStart = System.nanoTime();
        long runStartEvents = engine.durablePosition();
        try (ProgressBar bar = new ProgressBar(System.out, options.events(), engine::durablePosition, matters::get)) {
            long stageStart = System.nanoTime();
            long stageStartEvents = engine.durablePosition();
            for (long block = firstBlock; block * BLOCK < options.matters() && engine.durablePosition() < options.events(); block++) {
                writeBlock(pool, places, registry, block, block == firstBlock);
                new ScaleProgress(block + 1, cases.get()).write(options.dataDir());
                long stored = engine.durablePosition();
                boolean last = (block + 1) * BLOCK >= options.matters() || stored >= options.events();
                if ((!stages.isEmpty() && stored >= stages.get(0)) || last) {
                    while (!stages.isEmpty() && stored >= stages.get(0)) stages.remove(0);
                    double rate = (stored - stageStartEvents) / ((System.nanoTime() - stageStart) / 1e9);
                    bar.println(probe.measure(stored, matters.get(), rate));
                    stageStart = System.nanoTime();
                    stageStartEvents = engine.durablePosition();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        long stored = engine.durablePosition();
        double seconds = (System.nanoTime() - runStart) / 1e9;
        long disk = StageProbe.directorySize(options.dataDir());
        System.out.printf(Locale.ROOT, "done: %,d events (%,d this run in %.0f s, %.0f events/s with the probes), %,d matters, "
                        + "%,d cases; data directory %,d bytes = %.0f bytes/event%n", stored, stored - runStartEvents,
                seconds, (stored - runStartEvents) / seconds, matters.get(), cases.get(), disk, (double) disk / stored);
    }

    private void writeBlock(ExecutorService pool, GansuPlaces places, ScaleRegistry registry, long block, boolean resumed)
            throws Exception {
        List<Callable<Void>> tasks = new ArrayList<>();
        for (long number = block * BLOCK; number < Math.min(options.matters(), (block + 1) * BLOCK); number++) {
            long matter = number;
            tasks.add(record(ScaleMatter.id(matter).value(), resumed, matters,
                    () -> ScaleMatter.plan(matter, places, registry, schemes)));
        }
        for (long number = cases.get(); number < casesBy(block); number++) {
            long legalCase = number;
            tasks.add(record(ScaleCase.id(legalCase).value(), resumed, cases,
                    () -> ScaleCase.plan(legalCase, places, schemes, sealer)));
        }
        for (Future<Void> task : pool.invokeAll(tasks)) task.get();
    }

    /** Writes one record's plan, unless a resumed block finds the record stored already; counts it either way. */
    private Callable<Void> record(String id, boolean resumed, AtomicLong written, Supplier<List<ScaleMatter.Step>> plan) {
        return () -> {
            if (!resumed || events.lastSequenceNumberFor(id).isEmpty()) write(plan.get());
            written.incrementAndGet();
            return null;
        };
    }

    /** The cases written once {@code block} is: the matters' share of them, all of them with the last block. */
    private long casesBy(long block) {
        long mattersBy = Math.min(options.matters(), (block + 1) * BLOCK);
        return mattersBy >= options.matters() ? options.cases() : options.cases() * mattersBy / options.matters();
    }

    /** The steps in one unit of work: every command handled by its aggregate, all their events one commit. */
    private void write(List<ScaleMatter.Step> steps) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            for (ScaleMatter.Step step : steps) commands.sendAndWait(step.command(), MetaData.from(EventMetadata.of(step.actor())));
        });
    }
}
