package org.wenping.query.accountability;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.dossier.RecordFamily;
import org.wenping.query.dossier.RecordOpening;
import org.wenping.query.dossier.RecordedEvent;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 责任倒查 for one record (a matter, a case): every step in order with who took it and the rule it satisfied, and
 * the breaches the record shows by itself, judged on {@code judgedOn} (the date deadlines and due dates are
 * compared with).
 *
 * @param recordId the matter's or case's id
 * @param title    the matter's title or the case's name, as the opening event gives it
 */
public record AccountabilityTimeline(
        String recordId,
        String title,
        String jurisdiction,
        LocalDate judgedOn,
        List<AccountabilityStep> steps,
        List<Breach> breaches) {

    /** A matter's timeline: a pure function of the entries given and the judging date. */
    public static AccountabilityTimeline of(List<HistoryEntry> history, LocalDate today) {
        return fold(StepRules.MATTERS, RecordedEvent.upTo(history, null), today);
    }

    /** A matter's timeline as recorded up to {@code asOf} (null: everything); empty when nothing was recorded by then. */
    public static Optional<AccountabilityTimeline> of(List<HistoryEntry> history, Instant asOf, LocalDate judgedOn) {
        return of(StepRules.MATTERS, history, asOf, judgedOn);
    }

    static <E extends RecordEvent> Optional<AccountabilityTimeline> of(RecordJudge<E> judge, List<HistoryEntry> history,
                                                                       Instant asOf, LocalDate judgedOn) {
        List<RecordedEvent> events = RecordedEvent.upTo(history, asOf);
        return events.isEmpty() ? Optional.empty() : Optional.of(fold(judge, events, judgedOn));
    }

    private static <E extends RecordEvent> AccountabilityTimeline fold(RecordJudge<E> judge, List<RecordedEvent> events,
                                                                       LocalDate today) {
        RecordFamily<E> family = judge.family();
        BreachSeeker finder = judge.breaches(today);
        Map<String, List<String>> corrections = new HashMap<>();
        RecordOpening opening = null;
        for (RecordedEvent recorded : events) {
            finder.see(recorded);
            Optional<E> event = family.eventOf(recorded);
            if (opening == null) opening = event.flatMap(family::opening).orElse(null);
            event.flatMap(family::correction).ifPresent(c ->
                    corrections.computeIfAbsent(c.correctedEventId(), id -> new ArrayList<>()).add(recorded.eventId()));
        }
        List<Breach> breaches = finder.finish().stream()
                .map(breach -> breach.withCorrections(breach.eventIds().stream()
                        .flatMap(id -> corrections.getOrDefault(id, List.of()).stream()).toList()))
                .toList();
        List<AccountabilityStep> steps = events.stream()
                .map(recorded -> step(judge, recorded, breaches, corrections.getOrDefault(recorded.eventId(), List.of())))
                .toList();
        return new AccountabilityTimeline(opening == null ? null : opening.recordId(),
                opening == null ? null : opening.title(),
                opening == null ? null : opening.jurisdiction().value(), today, steps, breaches);
    }

    private static AccountabilityStep step(RecordJudge<?> judge, RecordedEvent recorded, List<Breach> breaches,
                                           List<String> correctedBy) {
        List<Breach> involved = breaches.stream().filter(b -> b.eventIds().contains(recorded.eventId())).toList();
        Set<String> breachedRules = involved.stream().map(b -> b.rule().code()).collect(Collectors.toSet());
        return new AccountabilityStep(recorded.sequence(), recorded.eventId(), recorded.type(),
                judge.family().describe(recorded), recorded.businessDate(), recorded.recordedAt(), recorded.actor(),
                judge.shown(recorded).satisfied().stream().filter(rule -> !breachedRules.contains(rule.name()))
                        .map(Rule::coded).toList(),
                involved.stream().map(Breach::code).distinct().toList(), List.copyOf(correctedBy));
    }
}
