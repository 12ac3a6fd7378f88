package org.wenping.ops.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.actor.EventMetadata;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Sends the demo year's commands through the command gateway, skipping every command the event store
 * already holds. Whether a command is stored is read from its aggregate's last sequence number, so a
 * start after a crash half-way resumes with the first missing command of each aggregate and never
 * repeats one; each command also names the version it expects, so the store itself refuses a repeat.
 */
final class DemoYearWriter {
    private static final Logger log = LoggerFactory.getLogger(DemoYearWriter.class);
    private static final int PROGRESS_EVERY = 500;

    private final CommandGateway commands;
    private final EventStore eventStore;
    private final PersonalDataSealer sealer;

    DemoYearWriter(CommandGateway commands, EventStore eventStore, PersonalDataSealer sealer) {
        this.commands = commands;
        this.eventStore = eventStore;
        this.sealer = sealer;
    }

    /** Writes what is missing of {@code year}, stopping early (incomplete) when {@code stop} turns true. */
    LoadReport write(DemoYear year, BooleanSupplier stop) {
        long started = System.nanoTime();
        DemoStep last = year.last();
        if (last.doneAt(storedVersion(last.aggregateId()))) {
            return LoadReport.alreadyLoaded(year, Duration.ofNanos(System.nanoTime() - started));
        }
        Map<String, Long> versions = storedVersions(year);
        long missing = year.steps().stream().filter(step -> !step.doneAt(versions.get(step.aggregateId()))).count();
        log.info("演示数据:事件存储中已有 {} 条命令的结果,尚缺 {} 条,开始补齐", year.steps().size() - missing, missing);
        int sent = 0;
        int found = 0;
        long events = 0;
        for (DemoStep step : year.steps()) {
            if (stop.getAsBoolean()) {
                return new LoadReport(year.matters().size(), year.steps().size(), sent, found, events,
                        Duration.ofNanos(System.nanoTime() - started), false);
            }
            long stored = versions.get(step.aggregateId());
            if (step.doneAt(stored)) {
                found++;
                continue;
            }
            send(step);
            versions.put(step.aggregateId(), step.versionAfter());
            events += step.versionAfter() - stored;
            if (++sent % PROGRESS_EVERY == 0) {
                log.info("演示数据:已发送 {} 条命令(共 {} 条),写入 {} 个事件,业务日期已到 {}", sent, missing, events,
                        step.businessDate());
            }
        }
        return new LoadReport(year.matters().size(), year.steps().size(), sent, found, events,
                Duration.ofNanos(System.nanoTime() - started), true);
    }

    private void send(DemoStep step) {
        Map<String, Object> metadata = new HashMap<>(EventMetadata.of(step.actor()));
        metadata.put(EventMetadata.CORRELATION_ID, "demo-data-" + step.aggregateId() + "-" + step.versionAfter());
        // A case's persons are sealed only now, once it is known the listing is not stored yet.
        Object command = step.command() instanceof DemoListing listing ? listing.sealedBy(sealer) : step.command();
        Object result = commands.sendAndWait(command, MetaData.from(metadata));
        long version = result instanceof Long number ? number : 0;
        if (version != step.versionAfter()) {
            throw new IllegalStateException("演示数据与事件存储不一致:" + step.describe() + " 之后版本应为 "
                    + step.versionAfter() + ",实为 " + version);
        }
    }

    private Map<String, Long> storedVersions(DemoYear year) {
        Map<String, Long> versions = new LinkedHashMap<>();
        year.steps().forEach(step -> versions.computeIfAbsent(step.aggregateId(), this::storedVersion));
        return versions;
    }

    private long storedVersion(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).orElse(-1L);
    }
}
