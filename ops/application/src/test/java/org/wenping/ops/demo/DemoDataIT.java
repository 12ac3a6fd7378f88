package org.wenping.ops.demo;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.StoredEvent;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo year through the real application: loaded once, genuine, in the seeds' proportions, and idempotent. */
class DemoDataIT {
    static final Set<String> DEMO_USERS = Set.copyOf(DemoActors.USERNAMES);

    @TempDir
    Path dataDir;

    @Test
    void loadsTheYearOnceAndASecondStartAddsNothing() throws Exception {
        long durable;
        try (DemoApp app = DemoApp.start(dataDir)) {
            LoadReport report = app.loader().completion().get(10, TimeUnit.MINUTES);
            durable = app.store().durablePosition();
            System.out.printf("演示数据: %d 条命令, %d 个事件, 用时 %.1f 秒%n", report.stepsSent(), report.eventsWritten(),
                    report.took().toMillis() / 1000.0);
            assertThat(report.complete()).isTrue();
            assertThat(report.eventsWritten()).isEqualTo(durable).isEqualTo(app.loader().eventsPlanned());
            List<StoredEvent> events = allEvents(app.store());
            assertTheYear(events);
            DemoYearShown.assertEveryFeatureShows(app, payloads(events, "EventCorrectedEvent").get(0).get("matterId").asText(),
                    overridden(events).get(0).get("matterId").asText());
        }
        try (DemoApp again = DemoApp.start(dataDir)) {
            LoadReport report = again.loader().completion().get(2, TimeUnit.MINUTES);
            assertThat(report.complete()).isTrue();
            assertThat(report.stepsSent()).isZero();
            assertThat(report.eventsWritten()).isZero();
            assertThat(again.store().durablePosition()).isEqualTo(durable);
        }
    }

    @Test
    void aStartAfterAnInterruptedLoadCompletesItWithoutRepeatingAnything() throws Exception {
        long planned;
        long atStop;
        try (DemoApp app = DemoApp.start(dataDir)) {
            planned = app.loader().eventsPlanned();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            while (app.store().durablePosition() < planned / 3 && System.nanoTime() < deadline) Thread.sleep(20);
        }
        try (DemoApp resumed = DemoApp.start(dataDir)) {
            atStop = resumed.store().durablePosition();
            assertThat(atStop).isBetween(planned / 3, planned - 1);
            LoadReport report = resumed.loader().completion().get(10, TimeUnit.MINUTES);
            assertThat(report.complete()).isTrue();
            assertThat(report.stepsFoundStored()).isPositive();
            assertThat(report.eventsWritten()).isEqualTo(planned - atStop);
            assertThat(resumed.store().durablePosition()).isEqualTo(planned);
            assertTheYear(allEvents(resumed.store()));
        }
    }

    private static void assertTheYear(List<StoredEvent> events) {
        assertThat(events).allSatisfy(event -> assertThat(event.metadata().path("actorId").asText()).isIn(DEMO_USERS));

        List<JsonNode> matters = payloads(events, "MatterRegisteredEvent");
        assertThat(matters).hasSize(240);
        assertThat(matters).allSatisfy(matter -> assertThat(LocalDate.parse(matter.get("registeredOn").asText()))
                .isBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 15)));
        assertThat(share(matters, m -> m.get("category").asText().equals("POLICY"))).isGreaterThanOrEqualTo(0.30);
        assertThat(share(matters, m -> m.get("assessorMode").asText().equals("THIRD_PARTY"))).isGreaterThanOrEqualTo(0.50);
        assertThat(count(matters, "category")).containsOnlyKeys("DECISION", "POLICY", "PROJECT", "REFORM", "ACTIVITY");
        Map<String, Long> procedures = count(matters, "procedure");
        assertThat(procedures.get("STANDARD")).isGreaterThan(procedures.get("SIMPLIFIED") + procedures.get("SPECIAL"));
        assertThat(procedures.get("SPECIAL")).isPositive();
        assertThat(count(matters, "domain")).hasSizeGreaterThanOrEqualTo(11);
        assertThat(count(matters, "jurisdiction")).hasSize(8);

        List<JsonNode> decisions = payloads(events, "DecisionMadeEvent");
        Map<String, Long> byDecision = count(decisions, "decision");
        assertThat(byDecision).containsEntry("POSTPONE", 1L).containsEntry("REJECT", 1L);
        assertThat(byDecision.get("PARTIAL")).isBetween(3L, 10L);
        assertThat(byDecision.get("IMPLEMENT")).isGreaterThan(200L);
        // R2 评而不用: two decisions went ahead against the grade, each with the decider's reason on record.
        assertThat(overridden(events)).hasSize(2)
                .allSatisfy(d -> assertThat(d.get("overrideReason").asText()).contains("先行实施"));
        long decided = decisions.stream().map(d -> d.get("matterId").asText()).distinct().count();
        assertThat(240 - decided).as("matters still under assessment").isBetween(10L, 25L);

        assertThat(payloads(events, "IncidentReportedEvent")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(payloads(events, "ReassessmentOpenedEvent")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(payloads(events, "MatterClosedEvent")).hasSizeBetween(30, 80);
        assertThat(payloads(events, "ReportFiledEvent")).filteredOn(f -> f.get("late").asBoolean()).hasSizeBetween(1, 10);
        // 漏报: decided matters whose decision never reached the 维稳办.
        assertThat(decisions.stream().map(d -> d.get("matterId").asText()).distinct()
                .filter(matter -> payloads(events, "ReportFiledEvent").stream().noneMatch(f -> f.get("stage").asText()
                        .equals("DECISION") && f.get("matterId").asText().equals(matter)))).hasSize(3);
        // R10: corrections of opinion rounds (by the assessor) and of filings (by the 维稳办), each naming an earlier
        // event of its own matter.
        List<JsonNode> corrections = payloads(events, "EventCorrectedEvent");
        assertThat(corrections).hasSize(10);
        assertThat(count(corrections, "correctedEventType"))
                .containsOnly(Map.entry("OpinionsCollectedEvent", 6L), Map.entry("ReportFiledEvent", 4L));
        assertThat(corrections).allSatisfy(c -> assertThat(events).anySatisfy(event -> {
            assertThat(event.eventId()).isEqualTo(c.get("correctedEventId").asText());
            assertThat(event.aggregateId()).isEqualTo(c.get("matterId").asText());
        }));

        assertThat(payloads(events, "CaseListedEvent")).hasSize(30);
        assertThat(payloads(events, "CaseStageChangedEvent")).isNotEmpty();
        assertThat(payloads(events, "PersonalDataErasedEvent")).hasSize(1);
        assertThat(payloads(events, "InquiryOpenedEvent")).hasSize(4);
        assertThat(payloads(events, "FindingRecordedEvent")).hasSize(4);
        // The demo persons' invented names are sealed: no stored payload holds one in clear.
        assertThat(events).allSatisfy(event -> assertThat(event.payload().toString()).doesNotContain("演示当事人"));
    }


    private static List<JsonNode> overridden(List<StoredEvent> events) {
        return payloads(events, "DecisionMadeEvent").stream().filter(d -> d.get("assessmentNotUsed").asBoolean()).toList();
    }

    private static List<StoredEvent> allEvents(MongoEventStorageEngine store) {
        List<StoredEvent> events = new ArrayList<>();
        long upTo = store.durablePosition();
        List<StoredEvent> page;
        while (!(page = store.eventsAfter(events.size(), upTo, 1000)).isEmpty()) events.addAll(page);
        return events;
    }

    private static List<JsonNode> payloads(List<StoredEvent> events, String simpleName) {
        return events.stream().filter(event -> event.type().endsWith("." + simpleName)).map(StoredEvent::payload).toList();
    }

    private static Map<String, Long> count(List<JsonNode> payloads, String field) {
        return payloads.stream().collect(Collectors.groupingBy(p -> p.get(field).asText(), Collectors.counting()));
    }

    private static double share(List<JsonNode> payloads, Predicate<JsonNode> test) {
        return (double) payloads.stream().filter(test).count() / payloads.size();
    }
}
