package org.wenping.query.dossier;

import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.ReaderScope;
import org.wenping.query.web.QueryRefusedException;

import java.time.Instant;
import java.util.List;

/** A matter's stream as a reader may see it (R9): judged by the jurisdiction its registration names. */
public final class VisibleHistory {
    private VisibleHistory() {
    }

    /** The whole stream of the matter; 404 when it has none, 403 when it lies outside the reader's jurisdiction. */
    public static List<HistoryEntry> of(EventHistory history, String matterId) {
        List<HistoryEntry> events = history.of(matterId);
        MatterRegisteredEvent registration = events.stream()
                .map(HistoryEntry::event)
                .filter(MatterRegisteredEvent.class::isInstance)
                .map(MatterRegisteredEvent.class::cast)
                .findFirst()
                .orElseThrow(() -> QueryRefusedException.matterNotFound(matterId));
        ReaderScope.requireVisible(registration.jurisdiction());
        return events;
    }

    /** 404 for a matter that exists now but had no event recorded by {@code asOf}. */
    public static QueryRefusedException notRecordedAsOf(String matterId, Instant asOf) {
        return QueryRefusedException.notFound("MATTER_NOT_RECORDED_AS_OF", "事项 " + matterId + " 在 " + asOf + " 时尚无记录");
    }
}
