package org.wenping.query.dossier;

import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a matter's dossier from its stored events alone, as a pure function: the same entries and {@code asOf}
 * always give the same dossier. With {@code asOf}, only events recorded up to that instant are read, so the
 * dossier is the one that could have been built then.
 */
public final class DossierBuilder {
    private DossierBuilder() {
    }

    /** The dossier as recorded up to {@code asOf} (null: everything); empty when nothing was recorded by then. */
    public static Optional<Dossier> build(List<HistoryEntry> history, Instant asOf) {
        return build(history, asOf, null);
    }

    /**
     * The dossier as recorded up to {@code asOf}, holding only what had happened by the business date
     * {@code happenedBy} (null: every date): the state of the matter on that day, as known then or now.
     */
    public static Optional<Dossier> build(List<HistoryEntry> history, Instant asOf, LocalDate happenedBy) {
        List<RecordedEvent> events = RecordedEvent.upTo(history, asOf).stream()
                .filter(recorded -> happenedBy == null
                        || recorded.businessDate() != null && !recorded.businessDate().isAfter(happenedBy))
                .toList();
        if (events.isEmpty()) return Optional.empty();
        FactsFold facts = new FactsFold();
        Map<String, Long> sequences = new HashMap<>();
        Map<String, List<CorrectionLink>> corrections = new HashMap<>();
        for (RecordedEvent recorded : events) {
            if (recorded.event() != null) facts.apply(recorded.event());
            sequences.put(recorded.eventId(), recorded.sequence());
            if (recorded.event() instanceof EventCorrectedEvent c) {
                corrections.computeIfAbsent(c.correctedEventId(), id -> new ArrayList<>()).add(new CorrectionLink(
                        recorded.eventId(), recorded.sequence(), recorded.type(), c.reason(), c.correctedOn()));
            }
        }
        List<DossierEntry> entries = events.stream()
                .map(recorded -> entry(recorded, sequences, corrections.getOrDefault(recorded.eventId(), List.of())))
                .toList();
        RecordedEvent last = events.get(events.size() - 1);
        DossierFacts folded = facts.facts();
        String matterId = folded != null ? folded.matterId() : last.event() == null ? null : last.event().recordId();
        return Optional.of(new Dossier(matterId, asOf, last.sequence(), last.recordedAt(), entries.size(), folded,
                entries));
    }

    private static DossierEntry entry(RecordedEvent recorded, Map<String, Long> sequences,
                                      List<CorrectionLink> correctedBy) {
        HistoryEntry e = recorded.entry();
        CorrectionLink corrects = null;
        if (recorded.event() instanceof EventCorrectedEvent c) {
            corrects = new CorrectionLink(c.correctedEventId(), sequences.get(c.correctedEventId()),
                    c.correctedEventType(), c.reason(), c.correctedOn());
        }
        List<String> documents = recorded.event() instanceof ReportCompiledEvent report
                ? List.of(report.documentHash()) : List.of();
        return new DossierEntry(e.eventId(), e.sequence(), e.globalPosition(), e.type(), e.revision(), e.recordedAt(),
                recorded.businessDate(), recorded.actor(), EventDescriptions.describe(recorded.event(), e.type()),
                documents, e.hash(), e.correlationId(), e.causationId(), e.payload(), List.copyOf(correctedBy),
                corrects);
    }
}
