package org.wenping.ops.store;

import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads events by walking commit keys: the global order by position, one aggregate's stream by sequence. */
final class CommitReader {
    private static final int TRACKING_WINDOW = 256;
    private static final int STREAM_WINDOW = 32;
    private static final int COLD_STREAM_WINDOW = 8;

    private final CommitWindows windows;
    private final StreamLengths streamLengths = new StreamLengths();

    CommitReader(CommitWindows windows) {
        this.windows = windows;
    }

    List<StoredEvent> eventsAfter(long after, long upTo, int max) {
        if (after >= upTo) return List.of();
        List<BsonDocument> commits = windows.walk(CommitFields.ID, position -> position,
                CommitWindows.StartOf.POSITION, after + 1, upTo, max, Math.min(max, TRACKING_WINDOW),
                TRACKING_WINDOW, true);
        List<StoredEvent> events = eventsOf(commits, e -> e.position() > after && e.position() <= upTo);
        return events.size() > max ? events.subList(0, max) : events;
    }

    List<StoredEvent> streamOf(String aggregateId, long firstSequence, int enough) {
        // Each key of an $in costs a B-tree search on the embedded server, so ask for as many keys as the
        // stream is known to have, plus one to see that it ends there.
        int firstWindow = streamLengths.knownLength(aggregateId)
                .map(length -> (int) Math.max(1, Math.min(length - firstSequence + 1, 4L * STREAM_WINDOW)))
                .orElse(COLD_STREAM_WINDOW);
        List<StoredEvent> events = eventsOf(commitsOf(aggregateId, firstSequence, enough, firstWindow),
                e -> e.sequence() >= firstSequence);
        if (!events.isEmpty()) streamLengths.seen(aggregateId, events.get(events.size() - 1).sequence() + 1);
        return events;
    }

    /** The raw commit documents of one aggregate's stream, in sequence order: the evidence a dossier export carries. */
    List<BsonDocument> commitsOf(String aggregateId) {
        return commitsOf(aggregateId, 0, Integer.MAX_VALUE, STREAM_WINDOW);
    }

    private List<BsonDocument> commitsOf(String aggregateId, long firstSequence, int enough, int firstWindow) {
        return windows.walk(CommitFields.STREAM_KEY, sequence -> CommitFields.streamKey(aggregateId, sequence),
                CommitWindows.StartOf.SEQUENCE, firstSequence, Long.MAX_VALUE, enough, firstWindow, STREAM_WINDOW, true);
    }

    /** Remembers a stream's length after an append, so its next load asks for exactly its keys. */
    void appended(String aggregateId, long lastSequence) {
        streamLengths.seen(aggregateId, lastSequence + 1);
    }

    private static List<StoredEvent> eventsOf(List<BsonDocument> commits, Predicate<StoredEvent> wanted) {
        List<StoredEvent> events = new ArrayList<>();
        for (BsonDocument commit : commits) {
            for (BsonValue event : commit.getArray(CommitFields.EVENTS)) {
                StoredEvent stored = StoredEvent.from(commit, event.asDocument());
                if (wanted.test(stored)) events.add(stored);
            }
        }
        return events;
    }
}
