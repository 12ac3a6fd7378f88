package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One stored event of a record, read back: the history entry, the kernel event it holds (null when this reader
 * does not know the type), its business date and who recorded it.
 */
public record RecordedEvent(HistoryEntry entry, RecordEvent event, LocalDate businessDate, ActorView actor) {

    public static RecordedEvent of(HistoryEntry entry) {
        RecordEvent event = entry.event();
        return new RecordedEvent(entry, event, event == null ? null : event.businessDate(), ActorView.of(entry.actor()));
    }

    /**
     * The events recorded up to {@code asOf} (inclusive, by recording time), in stream order; all of them when
     * {@code asOf} is null. This is the record as it stood then, not today's record filtered.
     */
    public static List<RecordedEvent> upTo(List<HistoryEntry> entries, Instant asOf) {
        return entries.stream()
                .filter(Objects::nonNull)
                .filter(entry -> asOf == null || !entry.recordedAt().isAfter(asOf))
                .map(RecordedEvent::of)
                .toList();
    }

    public String eventId() {
        return entry.eventId();
    }

    public String type() {
        return entry.type();
    }

    public long sequence() {
        return entry.sequence();
    }

    public Instant recordedAt() {
        return entry.recordedAt();
    }
}
