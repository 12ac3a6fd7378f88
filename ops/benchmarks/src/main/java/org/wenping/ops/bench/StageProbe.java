package org.wenping.ops.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.matter.SubmitTrackingReportCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.MatterId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a command and a load cost at one size of the store, with the writers idle: a 跟踪报告 on an existing matter
 * under 跟踪 (load, decide, append one event, acknowledged when durable) and the load of a random generated matter
 * through Axon's event store; with the heap in use after a full GC and the data directory's size. One CSV row a stage.
 */
final class StageProbe {
    static final String HEADER = "events,matters,command_p50_ms,command_p99_ms,load_p50_ms,load_p99_ms,"
            + "generated_events_per_s,heap_used_mib,disk_bytes,disk_bytes_per_event";
    private static final int PROBE_MATTERS = 20;
    private static final int COMMANDS = 200;
    private static final int LOADS = 400;

    private final CommandGateway commands;
    private final EventStore events;
    private final Consumer<List<ScaleMatter.Step>> writer;
    private final Path dataDir;
    private final Path csv;
    private final Random random = new Random(11);
    private final List<Actor> assessors = new ArrayList<>();

    StageProbe(CommandGateway commands, EventStore events, Consumer<List<ScaleMatter.Step>> writer, Path dataDir, Path csv) {
        this.commands = commands;
        this.events = events;
        this.writer = writer;
        this.dataDir = dataDir;
        this.csv = csv;
    }

    /** The probe's own matters, left under 跟踪 so that tracking reports keep being accepted. */
    void prepare(GansuPlaces places, ScaleRegistry registry, GradingSchemePolicy schemes) {
        for (int i = 0; i < PROBE_MATTERS; i++) {
            MatterId id = probeMatter(i);
            List<ScaleMatter.Step> plan = ScaleMatter.plan(i, id, false, places, registry, schemes);
            assessors.add(plan.get(0).actor());
            if (events.lastSequenceNumberFor(id.value()).isEmpty()) writer.accept(plan);
        }
    }

    /** Measures at the current size and appends the row to the CSV; answers the row. */
    String measure(long storedEvents, long matters, double generatedPerSecond) {
        List<Long> command = new ArrayList<>();
        for (int i = 0; i < COMMANDS; i++) {
            MatterId id = probeMatter(i % PROBE_MATTERS);
            ScaleMatter.Step step = new ScaleMatter.Step(new SubmitTrackingReportCommand(id, null, "阶段测量:运行平稳", true,
                    ScaleMatter.LAST_DATE), assessors.get(i % PROBE_MATTERS));
            long start = System.nanoTime();
            writer.accept(List.of(step));
            command.add(System.nanoTime() - start);
        }
        List<Long> load = new ArrayList<>();
        for (int i = 0; i < LOADS && matters > 0; i++) {
            String id = ScaleMatter.id(random.nextLong(matters)).value();
            long start = System.nanoTime();
            DomainEventStream stream = events.readEvents(id);
            while (stream.hasNext()) stream.next().getPayload();
            load.add(System.nanoTime() - start);
        }
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        long disk = directorySize(dataDir);
        String row = String.format(Locale.ROOT, "%d,%d,%.2f,%.2f,%.2f,%.2f,%.0f,%d,%d,%.0f", storedEvents, matters,
                Measurement.percentileMillis(command, 50), Measurement.percentileMillis(command, 99),
                Measurement.percentileMillis(load, 50), Measurement.percentileMillis(load, 99),
                generatedPerSecond, heap, disk, (double) disk / Math.max(1, storedEvents));
        append(row);
        return row;
    }

    private void append(String row) {
        try {
            boolean fresh = !Files.exists(csv);
            Files.writeString(csv, (fresh ? HEADER + "\n" : "") + row + "\n", StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MatterId probeMatter(int i) {
        return new MatterId("scale-probe-" + i);
    }


    static long directorySize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
