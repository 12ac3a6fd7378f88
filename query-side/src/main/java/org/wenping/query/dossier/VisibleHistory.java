package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A record's stream as a reader may see it (R9): judged by the jurisdiction its opening event names. */
public final class VisibleHistory {
    private VisibleHistory() {
    }

    /** The whole stream of the matter; 404 when it has none, 403 when it lies outside the reader's jurisdiction. */
    public static List<HistoryEntry> of(EventHistory history, String matterId) {
        return of(MatterFamily.MATTERS, history, matterId);
    }

    /** The whole stream of a record of {@code family}; 404 when it has none, 403 outside the reader's jurisdiction. */
    public static <E extends RecordEvent> List<HistoryEntry> of(RecordFamily<E> family, EventHistory history, String id) {
        List<HistoryEntry> events = history.of(id);
        RecordOpening opening = events.stream()
                .map(RecordedEvent::of)
                .map(family::eventOf)
                .flatMap(Optional::stream)
                .map(family::opening)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> family.notFound(id));
        ReaderScope.requireVisible(opening.jurisdiction());
        return events;
    }

    /** 404 for a matter that exists now but had no event recorded by {@code asOf}. */
    public static QueryRefusedException notRecordedAsOf(String matterId, Instant asOf) {
        return MatterFamily.MATTERS.notRecordedAsOf(matterId, asOf);
    }
}
