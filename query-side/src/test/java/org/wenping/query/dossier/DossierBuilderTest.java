package org.wenping.query.dossier;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.Likelihood;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReassessmentTrigger;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskFactor;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.matter.Severity;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.dossier.StreamFixture.ASSESSOR;
import static org.wenping.query.dossier.StreamFixture.DECIDER;
import static org.wenping.query.dossier.StreamFixture.EXPERT;
import static org.wenping.query.dossier.StreamFixture.ID;
import static org.wenping.query.dossier.StreamFixture.SUPERVISOR;

class DossierBuilderTest {
    static final String REPORT_HASH = "ab".repeat(32);

    /** Every matter event type once, in lifecycle order. */
    static StreamFixture lifecycle() {
        return StreamFixture.registered()
                .add(new AssessmentPlanDraftedEvent(ID, "机场周边征地拆迁户", List.of("座谈会", "问卷调查"), "国家标准",
                        LocalDate.parse("2026-04-30"), List.of("敦煌市政府"), LocalDate.parse("2026-02-05")), ASSESSOR)
                .add(new AssessmentAgencyCommissionedEvent(ID, new AgencyId("agency-1"), SelectionMethod.OPEN_TENDER,
                        LocalDate.parse("2026-02-10")), ASSESSOR)
                .add(new OpinionsCollectedEvent(ID, OpinionMethod.SYMPOSIUM, 40, 35, 3, "多数支持",
                        LocalDate.parse("2026-02-20")), ASSESSOR)
                .add(new DimensionAnalysedEvent(ID, AssessmentDimension.LEGALITY, "程序合法", List.of(new RiskFactor(
                        "补偿标准争议", Likelihood.LOW, Severity.MINOR, 12, IncidentForm.COLLECTIVE_PETITION)),
                        LocalDate.parse("2026-03-01")), ASSESSOR)
                .add(StreamFixture.grade(RiskLevel.LOW, "2026-03-05"), ASSESSOR)
                .add(new ReportCompiledEvent(ID, "评估报告", REPORT_HASH, LocalDate.parse("2026-03-10")), ASSESSOR)
                .add(new ReportReviewedEvent(ID, List.of(new ExpertId("expert-1")), List.of("规范"),
                        ReviewConclusion.PASSED, LocalDate.parse("2026-03-15")), EXPERT)
                .add(new ReportFiledEvent(ID, FilingStage.REVIEW, "酒维稳备〔2026〕12号", LocalDate.parse("2026-03-16"),
                        null, false), SUPERVISOR)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-03-20", null), DECIDER)
                .add(StreamFixture.decisionFiling("2026-03-21", "2026-03-21"), SUPERVISOR)
                .add(new MitigationMeasureAdoptedEvent(ID, "m1", "设立征迁补偿咨询点", "敦煌市政府", "王主任",
                        LocalDate.parse("2026-05-01"), LocalDate.parse("2026-03-25")), ASSESSOR)
                .add(new MitigationMeasureCompletedEvent(ID, "m1", "运行良好", LocalDate.parse("2026-04-20")), ASSESSOR)
                .add(new ContingencyPlanPreparedEvent(ID, "应急预案", "分级响应", LocalDate.parse("2026-04-21")), ASSESSOR)
                .add(new TrackingReportSubmittedEvent(ID, "施工平稳", true, LocalDate.parse("2026-06-30")), ASSESSOR)
                .add(new IncidentReportedEvent(ID, IncidentForm.COLLECTIVE_PETITION, 30, LocalDate.parse("2026-07-02"),
                        "市政府门口", "补偿争议"), ASSESSOR)
                .add(new ReassessmentOpenedEvent(ID, ReassessmentTrigger.INCIDENT, "跟踪期间发生集体上访",
                        LocalDate.parse("2026-07-02")), ASSESSOR)
                .add(new ProcedureEscalatedEvent(ID, Procedure.SIMPLIFIED, Procedure.STANDARD, "风险升高",
                        LocalDate.parse("2026-07-03")), ASSESSOR)
                .add(StreamFixture.grade(RiskLevel.MEDIUM, "2026-07-10"), ASSESSOR)
                .add(StreamFixture.decision(Decision.POSTPONE, RiskLevel.MEDIUM, "2026-07-15", null), DECIDER)
                .add(new MatterClosedEvent(ID, "风险已化解", LocalDate.parse("2026-09-30")), ASSESSOR);
    }

    @Test
    void describesEveryEventTypeInZhCnWithItsBusinessDateAndActor() {
        Dossier<DossierFacts> dossier = DossierBuilder.build(lifecycle().entries(), null).orElseThrow();

        assertThat(dossier.entries()).extracting(DossierEntry::type)
                .containsAll(Arrays.stream(MatterEvent.class.getPermittedSubclasses()).filter(t -> t != EventCorrectedEvent.class)
                        .map(Class::getSimpleName).toList());
        assertThat(dossier.entries()).extracting(DossierEntry::description).containsExactly(
                "立项:“敦煌机场扩建项目”(重大工程项目,交通),责任主体市发改委,决策机关市政府常务会议,普通程序,委托第三方评估,分级方案三级(高中低)",
                "制定评估方案:范围“机场周边征地拆迁户”,方法座谈会、问卷调查,评估期限至2026-04-30",
                "委托第三方评估机构 agency-1(选定方式:公开招标)",
                "听取意见(座谈会):参与40人,支持35人,反对3人",
                "分析论证合法性:识别风险因素1项",
                "风险定级为低(三级(高中低))",
                "编制评估报告“评估报告”",
                "专家评审(1人):通过",
                "审查报备登记,回执号酒维稳备〔2026〕12号",
                "决策:实施(风险等级低,市政府常务会议2026年第5次),报备期限2026-03-21",
                "决策报备登记,回执号酒维稳备〔2026〕15号",
                "制定化解措施“设立征迁补偿咨询点”,责任单位敦煌市政府,责任人王主任,期限2026-05-01",
                "落实化解措施 m1:运行良好",
                "制定应急预案“应急预案”",
                "提交跟踪报告:风险可控,施工平稳",
                "报告不稳定事件:集体上访,30人,地点市政府门口",
                "重新评估(发生不稳定事件):跟踪期间发生集体上访",
                "程序由简易程序转为普通程序:风险升高",
                "风险定级为中(三级(高中低))",
                "决策:暂缓实施(风险等级中,市政府常务会议2026年第5次),报备期限2026-07-16",
                "结项归档:风险已化解");
        DossierEntry decision = dossier.entries().get(9);
        assertThat(decision.businessDate()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(decision.actor()).isEqualTo(new ActorView("li", "李市长", "DECIDER", "决策机关", "市政府", "620982"));
        assertThat(decision.hash()).isEqualTo("hash-9");
        assertThat(decision.recordedAt()).isEqualTo(StreamFixture.START.plusSeconds(9 * 3600));
        assertThat(dossier.entries()).extracting(DossierEntry::businessDate).doesNotContainNull();
    }

    @Test
    void foldsTheFactsAndAttachesTheReportHash() {
        Dossier<DossierFacts> dossier = DossierBuilder.build(lifecycle().entries(), null).orElseThrow();
        DossierFacts facts = dossier.facts();

        assertThat(facts.title()).isEqualTo("敦煌机场扩建项目");
        assertThat(facts.category()).isEqualTo(new CodeLabel("PROJECT", "重大工程项目"));
        assertThat(facts.jurisdiction()).isEqualTo("620982");
        assertThat(facts.agencyId()).isEqualTo("agency-1");
        assertThat(facts.grade()).isEqualTo(new CodeLabel("MEDIUM", "中"));
        assertThat(facts.decision()).isEqualTo(new CodeLabel("POSTPONE", "暂缓实施"));
        assertThat(facts.stage()).isEqualTo(new CodeLabel("CLOSED", "已结项"));
        assertThat(facts.closedOn()).isEqualTo(LocalDate.parse("2026-09-30"));
        assertThat(facts.reportDocumentHash()).isEqualTo(REPORT_HASH);
        assertThat(dossier.entries().get(6).documentHashes()).containsExactly(REPORT_HASH);
        assertThat(dossier.entries().get(5).documentHashes()).isEmpty();
        assertThat(dossier.version()).isEqualTo(20);
        assertThat(dossier.eventCount()).isEqualTo(21);
        assertThat(dossier.recordId()).isEqualTo(ID.value());
    }

    @Test
    void followsTheStageThroughTheLifecycle() {
        StreamFixture stream = lifecycle();
        List<HistoryEntry> all = stream.entries();
        assertThat(stageAfter(all, 1)).isEqualTo("REGISTERED");
        assertThat(stageAfter(all, 2)).isEqualTo("ASSESSING");
        assertThat(stageAfter(all, 6)).isEqualTo("GRADED");
        assertThat(stageAfter(all, 8)).isEqualTo("REVIEWED");
        assertThat(stageAfter(all, 9)).isEqualTo("FILED_FOR_REVIEW");
        assertThat(stageAfter(all, 10)).isEqualTo("TRACKING");
        assertThat(stageAfter(all, 17)).isEqualTo("REASSESSING");
        assertThat(DossierBuilder.build(all.subList(0, 18), null).orElseThrow().facts().procedure().code())
                .isEqualTo("STANDARD");
    }

    private static String stageAfter(List<HistoryEntry> all, int events) {
        return DossierBuilder.build(all.subList(0, events), null).orElseThrow().facts().stage().code();
    }

    @Test
    void showsCorrectionsBesideWhatTheyCorrect() {
        StreamFixture stream = StreamFixture.registered().add(StreamFixture.grade(RiskLevel.LOW, "2026-03-05"), ASSESSOR);
        String graded = stream.lastId();
        stream.add(new EventCorrectedEvent(ID, graded, "RiskGradedEvent", "定级依据的问卷数据有误",
                LocalDate.parse("2026-03-06")), ASSESSOR);
        String correction = stream.lastId();

        Dossier<DossierFacts> dossier = DossierBuilder.build(stream.entries(), null).orElseThrow();

        DossierEntry corrected = dossier.entries().get(1);
        assertThat(corrected.correctedBy()).containsExactly(new CorrectionLink(correction, 2L, "EventCorrectedEvent",
                "定级依据的问卷数据有误", LocalDate.parse("2026-03-06")));
        assertThat(corrected.corrects()).isNull();
        DossierEntry correcting = dossier.entries().get(2);
        assertThat(correcting.corrects()).isEqualTo(new CorrectionLink(graded, 1L, "RiskGradedEvent",
                "定级依据的问卷数据有误", LocalDate.parse("2026-03-06")));
        assertThat(correcting.description()).isEqualTo("更正记录 evt-1(RiskGradedEvent):定级依据的问卷数据有误");
        assertThat(dossier.entries().get(0).correctedBy()).isEmpty();
        // the grade stands: a correction records the mistake, a new grade would change the facts (R10)
        assertThat(dossier.facts().grade().code()).isEqualTo("LOW");
    }

    @Test
    void asOfGivesTheDossierCapturedAtThatInstant() {
        StreamFixture stream = lifecycle();
        List<HistoryEntry> all = stream.entries();
        List<HistoryEntry> atDecision = all.subList(0, 10);
        Instant asOf = atDecision.get(9).recordedAt().plusSeconds(1800);
        Dossier<DossierFacts> captured = DossierBuilder.build(atDecision, null).orElseThrow();

        Dossier<DossierFacts> then = DossierBuilder.build(all, asOf).orElseThrow();

        assertThat(then.asOf()).isEqualTo(asOf);
        assertThat(new Dossier<>(then.recordId(), null, then.version(), then.lastRecordedAt(), then.eventCount(),
                then.facts(), then.entries())).isEqualTo(captured);
        assertThat(then.facts().stage().code()).isEqualTo("TRACKING");
        assertThat(then.facts().closedOn()).isNull();
    }

    @Test
    void aBusinessDateGivesTheDossierOfWhatHadHappenedByThatDay() {
        List<HistoryEntry> all = lifecycle().entries();
        Dossier<DossierFacts> full = DossierBuilder.build(all, null).orElseThrow();
        int decisionAt = 9;
        LocalDate decidedOn = full.entries().get(decisionAt).businessDate();
        int happened = (int) full.entries().stream().filter(e -> !e.businessDate().isAfter(decidedOn)).count();
        Dossier<DossierFacts> captured = DossierBuilder.build(all.subList(0, happened), null).orElseThrow();

        Dossier<DossierFacts> onThatDay = DossierBuilder.build(all, null, decidedOn).orElseThrow();

        assertThat(onThatDay).isEqualTo(captured);
        assertThat(onThatDay.eventCount()).isGreaterThan(decisionAt).isLessThan(full.eventCount());
        assertThat(DossierBuilder.build(all, null, decidedOn.minusYears(1))).isEmpty();
    }

    @Test
    void asOfDoesNotShowCorrectionsRecordedLater() {
        StreamFixture stream = StreamFixture.registered().add(StreamFixture.grade(RiskLevel.LOW, "2026-03-05"), ASSESSOR);
        Instant beforeCorrection = stream.lastRecordedAt();
        stream.add(new EventCorrectedEvent(ID, stream.lastId(), "RiskGradedEvent", "有误", LocalDate.parse("2026-03-06")),
                ASSESSOR);

        Dossier<DossierFacts> then = DossierBuilder.build(stream.entries(), beforeCorrection).orElseThrow();

        assertThat(then.entries()).hasSize(2);
        assertThat(then.entries().get(1).correctedBy()).isEmpty();
    }

    @Test
    void isEmptyWhenNothingWasRecordedByAsOf() {
        assertThat(DossierBuilder.build(lifecycle().entries(), StreamFixture.START.minusSeconds(1))).isEmpty();
        assertThat(DossierBuilder.build(List.of(), null)).isEmpty();
        assertThat(DossierBuilder.build(lifecycle().entries(), StreamFixture.START)).get()
                .extracting(Dossier::eventCount).isEqualTo(1);
    }

    @Test
    void showsAnEventOfAnUnknownTypeByItsTypeAlone() {
        List<HistoryEntry> entries = new java.util.ArrayList<>(StreamFixture.registered().entries());
        HistoryEntry first = entries.get(0);
        entries.add(new HistoryEntry("evt-x", 2000, 1, "InquiryOpenedEvent", "1", first.recordedAt().plusSeconds(60),
                first.actor(), null, null, JsonNodeFactory.instance.objectNode().put("matterId", ID.value())
                .put("openedOn", "2026-10-01"), "hash-x", null));

        DossierEntry unknown = DossierBuilder.build(entries, null).orElseThrow().entries().get(1);

        assertThat(unknown.description()).isEqualTo("记录事件 InquiryOpenedEvent");
        assertThat(unknown.businessDate()).isNull();
    }
}
