package org.wenping.ops.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throws a projection away and rebuilds it from the event store: the processor stops, its tokens go back
 * to the start (its reset handlers empty the read model), and it replays; handlers marked
 * {@code @DisallowReplay} are skipped while it does. Progress is the processor's position against the
 * store's head.
 */
@Component
public class ProjectionRebuilds {
    private final EventProcessingConfiguration processing;
    private final MongoEventStorageEngine store;
    private final Map<String, Started> started = new ConcurrentHashMap<>();

    ProjectionRebuilds(EventProcessingConfiguration processing, MongoEventStorageEngine store) {
        this.processing = processing;
        this.store = store;
    }

    public List<String> projections() {
        return processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(Map.Entry::getKey).sorted().toList();
    }

    public ProcessorProgress rebuild(String projection) {
        StreamingEventProcessor processor = processor(projection);
        processor.shutDown();
        processor.resetTokens();
        started.put(projection, new Started(System.nanoTime(), 0));
        processor.start();
        return progress(projection);
    }

    public List<ProcessorProgress> progress() {
        return projections().stream().map(this::progress).sorted(Comparator.comparing(ProcessorProgress::processor)).toList();
    }

    public ProcessorProgress progress(String projection) {
        StreamingEventProcessor processor = processor(projection);
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .mapToLong(status -> status.getCurrentPosition().orElse(0)).min().orElse(0);
        boolean caughtUp = !segments.isEmpty() && segments.values().stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        long head = store.durablePosition();
        double percent = head == 0 ? 100 : Math.min(100, 100.0 * position / head);
        Started since = started.get(projection);
        double elapsed = since == null ? 0 : (System.nanoTime() - since.nanos()) / 1e9;
        double rate = since == null || elapsed <= 0 ? 0 : (position - since.position()) / elapsed;
        long eta = rate <= 0 ? -1 : Math.round((head - position) / rate);
        return new ProcessorProgress(projection, processor.isRunning(), processor.isReplaying(), caughtUp, error,
                position, head, percent, rate, eta, elapsed);
    }

    private StreamingEventProcessor processor(String projection) {
        return processing.eventProcessor(projection, StreamingEventProcessor.class)
                .orElseThrow(() -> new NoSuchElementException(projection));
    }

    private record Started(long nanos, long position) {
    }
}
