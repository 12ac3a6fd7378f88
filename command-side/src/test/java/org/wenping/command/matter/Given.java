package org.wenping.command.matter;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
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
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The matter, actors and histories the Matter tests start from. */
final class Given {
    static final MatterId ID = new MatterId("m-airport");
    static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    static final JurisdictionCode JIUQUAN = new JurisdictionCode("620900");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final String UNIT = "敦煌市发改委";
    static final String HASH = "a".repeat(64);
    static final Actor ASSESSOR = new Actor("assessor", "张评估", Role.ASSESSOR, UNIT, JIUQUAN);
    static final Actor EXPERT = new Actor("expert", "王专家", Role.EXPERT, "市专家库", JIUQUAN);
    static final Actor SUPERVISOR = new Actor("supervisor", "赵维稳", Role.SUPERVISOR, "市委维稳办", JIUQUAN);
    static final Actor DECIDER = new Actor("decider", "李决策", Role.DECIDER, "市政府常务会议", JIUQUAN);
    static final Actor LANZHOU_DECIDER = new Actor("lz", "兰州决策", Role.DECIDER, "兰州市政府",
            new JurisdictionCode("620100"));
    static final ExpertId EXPERT_1 = new ExpertId("expert-1");

    private Given() {
    }

    static AggregateTestFixture<Matter> fixture(TestRegistry registry) {
        return fixture(registry, TestLists.none());
    }

    static AggregateTestFixture<Matter> fixture(TestRegistry registry, TestLists lists) {
        AggregateTestFixture<Matter> fixture = new AggregateTestFixture<>(Matter.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(lists);
        return fixture;
    }

    static MetaData as(Actor actor) {
        return MetaData.from(EventMetadata.of(actor));
    }

    static MatterRegisteredEvent registered(Procedure procedure, AssessorMode mode, GradingScheme scheme) {
        return new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", UNIT, "市政府常务会议",
                DUNHUANG, procedure, mode, scheme, DAY);
    }

    static MatterRegisteredEvent registered(Procedure procedure) {
        return registered(procedure, AssessorMode.SELF, GradingScheme.THREE_LEVEL);
    }

    static RiskGradedEvent graded(RiskLevel level) {
        return new RiskGradedEvent(ID, level.scheme(), level, List.of("征地补偿标准存在分歧"), DAY);
    }

    static ReportCompiledEvent report() {
        return new ReportCompiledEvent(ID, "敦煌机场扩建项目社会稳定风险评估报告", HASH, DAY);
    }

    static ReportReviewedEvent reviewed(ReviewConclusion conclusion) {
        return new ReportReviewedEvent(ID, List.of(EXPERT_1), List.of("补偿方案可行"), conclusion, DAY);
    }

    static ReportFiledEvent filedForReview() {
        return new ReportFiledEvent(ID, FilingStage.REVIEW, "维稳备〔2026〕1号", DAY, null, false);
    }

    static DecisionMadeEvent decided(Decision decision, RiskLevel level) {
        return new DecisionMadeEvent(ID, decision, level, "市政府常务会议第5次", null, false, DAY, DAY.plusDays(1));
    }

    /** Registered under {@code procedure} in the level's scheme, graded, and (under 普通/特殊程序) reported, reviewed, filed. */
    static List<Object> readyToDecide(Procedure procedure, RiskLevel level) {
        List<Object> events = new ArrayList<>(List.of(registered(procedure, AssessorMode.SELF, level.scheme()), graded(level)));
        if (procedure != Procedure.SIMPLIFIED) {
            events.addAll(List.of(report(), reviewed(ReviewConclusion.PASSED), filedForReview()));
        }
        return events;
    }

    /** Decided to implement at a low grade, under 普通程序: the matter is under 跟踪. */
    static List<Object> underTracking() {
        List<Object> events = readyToDecide(Procedure.STANDARD, RiskLevel.LOW);
        events.add(decided(Decision.IMPLEMENT, RiskLevel.LOW));
        return events;
    }
}
