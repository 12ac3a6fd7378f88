package org.wenping.query.accountability;

import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.query.dossier.EventDescriptions;
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
 * 责任倒查 for one matter: every step in order with who took it and the rule it satisfied, and the breaches the
 * record shows by itself, judged on {@code judgedOn} (the date deadlines and due dates are compared with).
 */
public record AccountabilityTimeline(
        String matterId,
        String title,
        String jurisdiction,
        LocalDate judgedOn,
        List<AccountabilityStep> steps,
        List<Breach> breaches) {

    /** A pure function of the entries given and the judging date. */
    public static AccountabilityTimeline of(List<HistoryEntry> history, LocalDate today) {
        return fold(RecordedEvent.upTo(history, null), today);
    }

    /** The timeline as recorded up to {@code asOf} (null: everything); empty when nothing was recorded by then. */
    public static Optional<AccountabilityTimeline> of(List<HistoryEntry> history, Instant asOf, LocalDate judgedOn) {
        List<RecordedEvent> events = RecordedEvent.upTo(history, asOf);
        return events.isEmpty() ? Optional.empty() : Optional.of(fold(events, judgedOn));
    }

    private static AccountabilityTimeline fold(List<RecordedEvent> events, LocalDate today) {
        BreachFinder finder = new BreachFinder(today);
        Map<String, List<String>> corrections = new HashMap<>();
        MatterRegisteredEvent registration = null;
        for (RecordedEvent recorded : events) {
            finder.see(recorded);
            if (recorded.event() instanceof MatterRegisteredEvent e) registration = e;
            if (recorded.event() instanceof EventCorrectedEvent c) {
                corrections.computeIfAbsent(c.correctedEventId(), id -> new ArrayList<>()).add(recorded.eventId());
            }
        }
        List<Breach> breaches = finder.finish().stream()
                .map(breach -> breach.withCorrections(breach.eventIds().stream()
                        .flatMap(id -> corrections.getOrDefault(id, List.of()).stream()).toList()))
                .toList();
        List<AccountabilityStep> steps = events.stream()
                .map(recorded -> step(recorded, breaches, corrections.getOrDefault(recorded.eventId(), List.of())))
                .toList();
        return new AccountabilityTimeline(registration == null ? null : registration.matterId().value(),
                registration == null ? null : registration.title(),
                registration == null ? null : registration.jurisdiction().value(), today, steps, breaches);
    }

    private static AccountabilityStep step(RecordedEvent recorded, List<Breach> breaches, List<String> correctedBy) {
        List<Breach> involved = breaches.stream().filter(b -> b.eventIds().contains(recorded.eventId())).toList();
        Set<String> breachedRules = involved.stream().map(b -> b.rule().code()).collect(Collectors.toSet());
        return new AccountabilityStep(recorded.sequence(), recorded.eventId(), recorded.type(),
                EventDescriptions.describe(recorded.event(), recorded.type()), recorded.businessDate(),
                recorded.recordedAt(), recorded.actor(),
                StepRules.satisfiedBy(recorded.event()).stream().filter(rule -> !breachedRules.contains(rule.name()))
                        .map(Rule::coded).toList(),
                involved.stream().map(Breach::code).distinct().toList(), List.copyOf(correctedBy));
    }
}
