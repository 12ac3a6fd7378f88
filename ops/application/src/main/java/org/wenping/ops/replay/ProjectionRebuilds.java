package org.wenping.ops.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.wenping.ops.integrity.IntegrityMonitor;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.query.readmodel.ReadModels;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;

/**
 * Rebuilds a projection from the event store: the processor stops, its read model starts writing its other slot
 * ({@link ReadModels}), its tokens go back to the start (its reset handlers empty that slot), and it replays;
 * handlers marked {@code @DisallowReplay} are skipped while it does. Readers keep the live slot, complete as it was
 * when the rebuild began, until the processor has caught up with the head; then they are moved to the rebuilt slot
 * all at once. Progress is the processor's position against the store's head.
 */
@Component
public class ProjectionRebuilds {
    private static final Duration HAND_OUT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration HAND_OUT_POLL = Duration.ofMillis(50);

    private final EventProcessingConfiguration processing;
    private final MongoEventStorageEngine store;
    private final IntegrityMonitor integrity;
    private final ReadModels readModels;
    /** When each rebuild started ({@link System#nanoTime()}); a rebuild starts at position 0. */
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    /** When each rebuild caught up: its clock stops there. */
    private final Map<String, Long> finishedAt = new ConcurrentHashMap<>();

    ProjectionRebuilds(EventProcessingConfiguration processing, MongoEventStorageEngine store, IntegrityMonitor integrity,
                       ReadModels readModels) {
        this.processing = processing;
        this.store = store;
        this.integrity = integrity;
        this.readModels = readModels;
    }

    public List<String> projections() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
    }

    public ProcessorProgress rebuild(String projection) {
        StreamingEventProcessor processor = processor(projection);
        awaitSegmentsHandedOut(processor);
        synchronized (this) {
            processor.shutDown();
            readModels.beginRebuild(projection);
            processor.resetTokens();
            started(projection);
            processor.start();
        }
        return progress(projection);
    }

    /**
     * The offline rebuild: tokens reset before the processor has ever started, so nothing is stopped; no one reads
     * yet, so the read model is rebuilt in its live slot.
     */
    void resetBeforeStart(String projection) {
        processor(projection).resetTokens();
        started(projection);
    }

    private void started(String projection) {
        finishedAt.remove(projection);
        startedAt.put(projection, System.nanoTime());
    }

    /**
     * A tracking processor stopped while its launcher is still handing out segments leaks the launcher's
     * thread permit and, started again, never claims a segment (see {@link RebuildBeforeStart}); so a processor
     * that has just started is given the time to claim its segments first.
     */
    private static void awaitSegmentsHandedOut(StreamingEventProcessor processor) {
        if (!(processor instanceof TrackingEventProcessor tracking)) return;
        long deadline = System.nanoTime() + HAND_OUT_TIMEOUT.toNanos();
        while (tracking.isRunning() && tracking.availableProcessorThreads() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(HAND_OUT_POLL.toNanos());
        }
        LockSupport.parkNanos(HAND_OUT_POLL.toNanos());
    }

    /** How many positions the projection trails the durable head: cheap enough for a metric scrape. */
    public long lag(String projection) {
        long position = position(processor(projection).processingStatus());
        return Math.max(0, store.durablePosition() - position);
    }

    /** The projections behind the durable head, each with its position; cheap enough for every read. */
    List<Trailing> trailing() {
        return projections().stream().map(projection -> {
            long position = position(processor(projection).processingStatus());
            return new Trailing(projection, position, store.durablePosition());
        }).filter(t -> t.position() < t.head()).toList();
    }

    record Trailing(String projection, long position, long head) {
    }

    private static long position(Map<Integer, EventTrackerStatus> segments) {
        return segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    /**
     * Within a second of a rebuild's catching up, whether or not anyone is watching, stops its clock and moves readers
     * to the rebuilt slot (also for a rebuild a restart interrupted).
     */
    @Scheduled(fixedDelayString = "PT1S")
    void noteFinishedRebuilds() {
        projections().stream().filter(projection -> readModels.rebuilding(projection)
                || startedAt.containsKey(projection) && !finishedAt.containsKey(projection)).forEach(this::progress);
    }

    /** Every projection, by name, measured against one reading of the store's head. */
    public List<ProcessorProgress> progress() {
        List<Segments> all = projections().stream().map(this::segments).toList();
        long head = store.durablePosition();
        return all.stream().map(segments -> progress(segments, head)).toList();
    }

    public ProcessorProgress progress(String projection) {
        Segments segments = segments(projection);
        return progress(segments, store.durablePosition());
    }

    /** The segments are read before the head, so that no position is past the head it is measured against. */
    private Segments segments(String projection) {
        StreamingEventProcessor processor = processor(projection);
        long readAt = System.nanoTime();
        return new Segments(projection, processor, processor.processingStatus(), readAt);
    }

    private ProcessorProgress progress(Segments read, long head) {
        String projection = read.projection();
        StreamingEventProcessor processor = read.processor();
        Map<Integer, EventTrackerStatus> segments = read.status();
        long position = position(segments);
        boolean readerIdle = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        // A hole in the order is a gap, never "caught up": the readers cannot pass it. The integrity monitor
        // names holes anywhere below the head; a reader idle below the head with nothing after it stands
        // before one (an event appended since the head was read is found, so that is no gap).
        Long gapAt = integrity.firstGap().filter(gap -> gap <= head).orElse(
                readerIdle && position < head && store.eventsAfter(position, head, 1).isEmpty() ? position + 1 : null);
        boolean caughtUp = readerIdle && position >= head && gapAt == null;
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        double percent = head == 0 ? 100 : Math.min(100, 100.0 * position / head);
        Long since = startedAt.get(projection);
        if (caughtUp && !processor.isReplaying()) finished(read, since != null);
        long until = finishedAt.getOrDefault(projection, System.nanoTime());
        double elapsed = since == null ? 0 : (until - since) / 1e9;
        double rate = since == null || elapsed <= 0 ? 0 : position / elapsed;
        long eta = rate <= 0 ? -1 : Math.round((head - position) / rate);
        return new ProcessorProgress(projection, processor.isRunning(), processor.isReplaying(), caughtUp, error,
                position, head, percent, rate, eta, elapsed, gapAt);
    }

    /**
     * Readers move to the rebuilt slot only now that it holds every event up to the head, and never on segments read
     * before a rebuild (re)started: those tell of the slot the rebuild has just emptied.
     */
    private void finished(Segments read, boolean timed) {
        String projection = read.projection();
        if (readModels.rebuilding(projection)) {
            synchronized (this) {
                Long since = startedAt.get(projection);
                if (read.processor().isRunning() && (since == null || read.readAt() > since)) readModels.swap(projection);
            }
        }
        if (timed) finishedAt.putIfAbsent(projection, System.nanoTime());
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NoSuchElementException(projection));
    }

    private record Segments(String projection, StreamingEventProcessor processor,
                            Map<Integer, EventTrackerStatus> status, long readAt) {
    }
}
