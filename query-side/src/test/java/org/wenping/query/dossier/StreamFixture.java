package org.wenping.query.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.history.HistoryEntry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a matter's stored history, one entry per kernel event, as the event store in ops would return it. */
public final class StreamFixture {
    public static final MatterId ID = new MatterId("m-airport");
    public static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    public static final Actor ASSESSOR = new Actor("zhang", "张三", Role.ASSESSOR, "市发改委", DUNHUANG);
    public static final Actor EXPERT = new Actor("zhou", "周专家", Role.EXPERT, "专家库", DUNHUANG);
    public static final Actor DECIDER = new Actor("li", "李市长", Role.DECIDER, "市政府", DUNHUANG);
    public static final Actor SUPERVISOR = new Actor("wang", "王主任", Role.SUPERVISOR, "市维稳办", DUNHUANG);
    public static final Instant START = Instant.parse("2026-02-02T01:00:00Z");

    private static final ObjectMapper JSON = KernelJson.newObjectMapper();

    private final List<HistoryEntry> entries = new ArrayList<>();
    private Instant next = START;

    public static StreamFixture registered() {
        return new StreamFixture().add(registration(Procedure.STANDARD), ASSESSOR);
    }

    public static MatterRegisteredEvent registration(Procedure procedure) {
        return new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "市发改委", "市政府常务会议",
                DUNHUANG, procedure, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL, LocalDate.parse("2026-02-02"));
    }

    public static RiskGradedEvent grade(RiskLevel level, String on) {
        return new RiskGradedEvent(ID, level.scheme(), level, List.of("群众支持率高"), LocalDate.parse(on));
    }

    public static DecisionMadeEvent decision(Decision decision, RiskLevel grade, String on, String overrideReason) {
        LocalDate decidedOn = LocalDate.parse(on);
        return new DecisionMadeEvent(ID, decision, grade, "市政府常务会议2026年第5次", overrideReason, overrideReason != null,
                decidedOn, decidedOn.plusDays(1));
    }

    public static ReportFiledEvent decisionFiling(String on, String deadline) {
        LocalDate filedOn = LocalDate.parse(on);
        LocalDate due = LocalDate.parse(deadline);
        return new ReportFiledEvent(ID, FilingStage.DECISION, "酒维稳备〔2026〕15号", filedOn, due, filedOn.isAfter(due));
    }

    /** Records the event one hour after the previous one. */
    public StreamFixture add(Object event, Actor actor) {
        return addAt(next, event, actor);
    }

    public StreamFixture addAt(Instant recordedAt, Object event, Actor actor) {
        long sequence = entries.size();
        entries.add(new HistoryEntry("evt-" + sequence, 1000 + sequence, sequence, event.getClass().getSimpleName(), "1",
                recordedAt, actorMap(actor), "corr-" + sequence, "cause-" + sequence, JSON.valueToTree(event),
                "hash-" + sequence, event instanceof RecordEvent known ? known : null));
        next = recordedAt.plus(Duration.ofHours(1));
        return this;
    }

    public String lastId() {
        return entries.get(entries.size() - 1).eventId();
    }

    public Instant lastRecordedAt() {
        return entries.get(entries.size() - 1).recordedAt();
    }

    public List<HistoryEntry> entries() {
        return List.copyOf(entries);
    }

    private static Map<String, Object> actorMap(Actor actor) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("userId", actor.userId());
        map.put("displayName", actor.displayName());
        map.put("role", actor.role().name());
        map.put("unit", actor.unit());
        map.put("jurisdiction", actor.jurisdiction().value());
        return map;
    }
}
