package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a record's dossier from its stored events alone, as a pure function: the same entries and {@code asOf}
 * always give the same dossier. With {@code asOf}, only events recorded up to that instant are read, so the
 * dossier is the one that could have been built then.
 */
public final class DossierBuilder {
    private DossierBuilder() {
    }

    /** A matter's dossier as recorded up to {@code asOf} (null: everything); empty when nothing was recorded by then. */
    public static Optional<Dossier<DossierFacts>> build(List<HistoryEntry> history, Instant asOf) {
        return build(history, asOf, null);
    }

    /**
     * A matter's dossier as recorded up to {@code asOf}, holding only what had happened by the business date
     * {@code happenedBy} (null: every date): the state of the matter on that day, as known then or now.
     */
    public static Optional<Dossier<DossierFacts>> build(List<HistoryEntry> history, Instant asOf, LocalDate happenedBy) {
        return build(MatterFamily.MATTERS, new FactsFold(), history, asOf, happenedBy);
    }

    /** The dossier of a record of {@code family}, its facts folded by {@code facts} (a fresh fold). */
    public static <E extends RecordEvent, F> Optional<Dossier<F>> build(RecordFamily<E> family, DossierFold<F> facts,
                                                                      List<HistoryEntry> history, Instant asOf) {
        return build(family, facts, history, asOf, null);
    }

    /** As above, holding only what had happened by the business date {@code happenedBy} (null: every date). */
    public static <E extends RecordEvent, F> Optional<Dossier<F>> build(RecordFamily<E> family, DossierFold<F> facts,
                                                                      List<HistoryEntry> history, Instant asOf,
                                                                      LocalDate happenedBy) {
        List<RecordedEvent> events = RecordedEvent.upTo(history, asOf).stream()
                .filter(recorded -> happenedBy == null
                        || recorded.businessDate() != null && !recorded.businessDate().isAfter(happenedBy))
                .toList();
        if (events.isEmpty()) return Optional.empty();
        Map<String, Long> sequences = new HashMap<>();
        Map<String, List<CorrectionLink>> corrections = new HashMap<>();
        for (RecordedEvent recorded : events) {
            if (recorded.event() != null) facts.apply(recorded.event());
            sequences.put(recorded.eventId(), recorded.sequence());
            family.eventOf(recorded).flatMap(family::correction).ifPresent(c ->
                    corrections.computeIfAbsent(c.correctedEventId(), id -> new ArrayList<>()).add(new CorrectionLink(
                            recorded.eventId(), recorded.sequence(), recorded.type(), c.reason(), c.correctedOn())));
        }
        List<DossierEntry> entries = events.stream()
                .map(recorded -> entry(family, recorded, sequences,
                        corrections.getOrDefault(recorded.eventId(), List.of())))
                .toList();
        RecordedEvent last = events.get(events.size() - 1);
        String recordId = events.stream().map(RecordedEvent::event).filter(Objects::nonNull)
                .map(RecordEvent::recordId).findFirst().orElse(null);
        return Optional.of(new Dossier<>(recordId, asOf, last.sequence(), last.recordedAt(), entries.size(),
                facts.facts(), entries));
    }

    private static <E extends RecordEvent> DossierEntry entry(RecordFamily<E> family, RecordedEvent recorded,
                                                              Map<String, Long> sequences,
                                                              List<CorrectionLink> correctedBy) {
        HistoryEntry e = recorded.entry();
        Optional<E> event = family.eventOf(recorded);
        CorrectionLink corrects = event.flatMap(family::correction)
                .map(c -> new CorrectionLink(c.correctedEventId(), sequences.get(c.correctedEventId()),
                        c.correctedEventType(), c.reason(), c.correctedOn()))
                .orElse(null);
        List<String> documents = event.map(family::documentHashes).orElse(List.of());
        return new DossierEntry(e.eventId(), e.sequence(), e.globalPosition(), e.type(), e.revision(), e.recordedAt(),
                recorded.businessDate(), recorded.actor(), family.describe(recorded), documents, e.hash(),
                e.correlationId(), e.causationId(), e.payload(), List.copyOf(correctedBy), corrects);
    }
}
