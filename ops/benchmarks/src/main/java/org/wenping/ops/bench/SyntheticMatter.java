package org.wenping.ops.bench;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.*;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The twenty events of one matter's year, from 立项 to closure, for loading read-model benchmarks straight
 * into the store (the rules are exercised by the command-side tests; here only the volume matters).
 */
final class SyntheticMatter {
    /** Fifty people per role, so that no one person's record spans the whole city's year. */
    static final int PEOPLE_PER_ROLE = 50;
    private static final String[] COUNTIES = {"620902", "620921", "620922", "620923", "620924", "620981", "620982"};
    private static final MatterCategory[] CATEGORIES = MatterCategory.values();
    private static final Decision[] DECISIONS = {Decision.IMPLEMENT, Decision.IMPLEMENT, Decision.IMPLEMENT, Decision.PARTIAL};

    private SyntheticMatter() {
    }

    static List<DomainEventMessage<?>> events(int index) {
        Random random = new Random(index);
        MatterId id = new MatterId("bench-" + index);
        LocalDate on = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        List<Object> payloads = new ArrayList<>();
        payloads.add(new MatterRegisteredEvent(id, "酒泉市第" + index + "号重大事项", CATEGORIES[random.nextInt(CATEGORIES.length)],
                "城市建设", "市住建局", "市政府常务会议", new JurisdictionCode(COUNTIES[random.nextInt(COUNTIES.length)]),
                Procedure.STANDARD, random.nextBoolean() ? AssessorMode.SELF : AssessorMode.THIRD_PARTY,
                GradingScheme.THREE_LEVEL, on));
        payloads.add(new AssessmentPlanDraftedEvent(id, "项目周边群众", List.of("座谈会", "问卷调查"), "四性分析", on.plusDays(30), List.of("市自然资源局"), on));
        payloads.add(new OpinionsCollectedEvent(id, OpinionMethod.SYMPOSIUM, 40, 35, 3, "多数群众支持", on.plusDays(3)));
        payloads.add(new OpinionsCollectedEvent(id, OpinionMethod.QUESTIONNAIRE, 300, 270, 12, "问卷支持率九成", on.plusDays(4)));
        for (AssessmentDimension dimension : List.of(AssessmentDimension.LEGALITY, AssessmentDimension.REASONABLENESS,
                AssessmentDimension.FEASIBILITY, AssessmentDimension.CONTROLLABILITY)) {
            payloads.add(new DimensionAnalysedEvent(id, dimension, "符合规划,程序合法", List.of(new RiskFactor("补偿标准争议",
                    Likelihood.LOW, Severity.MINOR, 12, IncidentForm.COLLECTIVE_PETITION)), on.plusDays(5)));
        }
        payloads.add(new RiskGradedEvent(id, GradingScheme.THREE_LEVEL, RiskLevel.LOW, List.of("群众支持率高"), on.plusDays(6)));
        payloads.add(new ReportCompiledEvent(id, "社会稳定风险评估报告", "ab".repeat(32), on.plusDays(7)));
        payloads.add(new ReportReviewedEvent(id, List.of(new ExpertId("expert-1")), List.of("程序规范"), ReviewConclusion.PASSED, on.plusDays(8)));
        payloads.add(new ReportFiledEvent(id, FilingStage.REVIEW, "备" + index, on.plusDays(9), null, false));
        payloads.add(new DecisionMadeEvent(id, DECISIONS[random.nextInt(DECISIONS.length)], RiskLevel.LOW, "常务会议",
                null, false, on.plusDays(10), on.plusDays(11)));
        payloads.add(new ReportFiledEvent(id, FilingStage.DECISION, "决备" + index, on.plusDays(11), on.plusDays(11), false));
        payloads.add(new MitigationMeasureAdoptedEvent(id, "ms-" + index, "设立咨询点", "县政府", "王主任", on.plusDays(40), on.plusDays(12)));
        payloads.add(new ContingencyPlanPreparedEvent(id, "应急预案", "分级响应", on.plusDays(12)));
        payloads.add(new MitigationMeasureCompletedEvent(id, "ms-" + index, "已完成", on.plusDays(30)));
        payloads.add(new TrackingReportSubmittedEvent(id, "运行平稳", true, on.plusDays(31)));
        payloads.add(new TrackingReportSubmittedEvent(id, "运行平稳", true, on.plusDays(45)));
        payloads.add(new MatterClosedEvent(id, "风险已化解", on.plusDays(50)));
        List<DomainEventMessage<?>> events = new ArrayList<>(payloads.size());
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            events.add(new GenericDomainEventMessage<>("Matter", id.value(), sequence, payloads.get(sequence),
                    metaData(payloads.get(sequence), index)));
        }
        return events;
    }

    private static MetaData metaData(Object payload, int index) {
        Role role = payload instanceof DecisionMadeEvent ? Role.DECIDER
                : payload instanceof ReportReviewedEvent ? Role.EXPERT
                : payload instanceof ReportFiledEvent ? Role.SUPERVISOR : Role.ASSESSOR;
        String user = role.name().toLowerCase() + "-" + index % PEOPLE_PER_ROLE;
        return MetaData.from(Map.copyOf(EventMetadata.of(new Actor(user, user, role, "酒泉市", new JurisdictionCode("620900")))));
    }
}
