package org.wenping.command.inquiry;

import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.InquiryOpenedEvent;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
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

/**
 * The matter the inquiry tests look into, its people, and its stream: registered, graded, reported, reviewed and
 * filed (sequences 0–4), decided (5), a measure adopted and carried out (6, 7), then an incident (8).
 */
final class Subject {
    static final String MATTER = "m-airport";
    static final InquiryId INQUIRY = new InquiryId("inq-1");
    static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");
    static final JurisdictionCode JIUQUAN = new JurisdictionCode("620900");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    static final Actor ASSESSOR = new Actor("assessor", "张评估", Role.ASSESSOR, "敦煌市发改委", JIUQUAN);
    static final Actor EXPERT = new Actor("expert", "王专家", Role.EXPERT, "市专家库", JIUQUAN);
    static final Actor SUPERVISOR = new Actor("supervisor", "赵维稳", Role.SUPERVISOR, "市委维稳办", JIUQUAN);
    static final Actor DECIDER = new Actor("decider", "李决策", Role.DECIDER, "市政府常务会议", JIUQUAN);
    static final Actor INSPECTOR = new Actor("inspector", "孙督查", Role.INSPECTOR, "市纪委监委", JIUQUAN);
    static final Actor LANZHOU_INSPECTOR = new Actor("lz-inspector", "兰州督查", Role.INSPECTOR, "兰州市纪委监委",
            new JurisdictionCode("620100"));
    static final long DECISION = 5;

    private static final MatterId ID = new MatterId(MATTER);

    private Subject() {
    }

    static AggregateTestFixture<AccountabilityInquiry> fixture(TestSubjects subjects) {
        AggregateTestFixture<AccountabilityInquiry> fixture = new AggregateTestFixture<>(AccountabilityInquiry.class);
        fixture.registerInjectableResource(subjects);
        return fixture;
    }

    static MetaData as(Actor actor) {
        return MetaData.from(EventMetadata.of(actor));
    }

    static InquiryOpenedEvent opened() {
        return new InquiryOpenedEvent(INQUIRY, MATTER, SubjectKind.MATTER, "敦煌机场扩建项目", InquiryReason.INCIDENT,
                "征地群众集体上访", DUNHUANG, DAY);
    }

    /** The whole stream: assessed before the decision, its one measure carried out, then an incident. */
    static List<StreamedEvent> assessedAndMitigated() {
        return streamed(List.of(
                by(ASSESSOR, new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "敦煌市发改委",
                        "市政府常务会议", DUNHUANG, Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, DAY)),
                by(ASSESSOR, new RiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.LOW, List.of("征地补偿标准存在分歧"), DAY)),
                by(ASSESSOR, new ReportCompiledEvent(ID, "社会稳定风险评估报告", "a".repeat(64), DAY)),
                by(EXPERT, new ReportReviewedEvent(ID, List.of(new ExpertId("expert-1")), List.of("可行"), ReviewConclusion.PASSED, DAY)),
                by(SUPERVISOR, new ReportFiledEvent(ID, FilingStage.REVIEW, "维稳备〔2026〕1号", DAY, null, false)),
                by(DECIDER, new DecisionMadeEvent(ID, Decision.IMPLEMENT, RiskLevel.LOW, "常务会议第5次", null, false, DAY,
                        DAY.plusDays(1))),
                by(ASSESSOR, new MitigationMeasureAdoptedEvent(ID, "measure-1", "入户解释补偿政策", "敦煌市发改委", "张评估",
                        DAY.plusDays(30), DAY)),
                by(ASSESSOR, new MitigationMeasureCompletedEvent(ID, "measure-1", "已逐户解释", DAY)),
                by(ASSESSOR, new IncidentReportedEvent(ID, IncidentForm.COLLECTIVE_PETITION, 30, DAY, "市政府", "征地群众集体上访"))));
    }

    /** The same stream with the measure never carried out (sequence 7 left out, the incident renumbered). */
    static List<StreamedEvent> measureNotCarriedOut() {
        List<StreamedEvent> stream = new ArrayList<>(assessedAndMitigated());
        stream.remove(7);
        return streamed(stream.stream().map(e -> new Act(e.actor(), e.payload())).toList());
    }

    private record Act(Actor actor, Object payload) {
    }

    private static Act by(Actor actor, Object payload) {
        return new Act(actor, payload);
    }

    private static List<StreamedEvent> streamed(List<Act> events) {
        List<StreamedEvent> stream = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            stream.add(new StreamedEvent(i, "event-" + i, events.get(i).payload(), events.get(i).actor()));
        }
        return stream;
    }
}
