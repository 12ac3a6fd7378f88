package org.wenping.query.accountability;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReassessmentTrigger;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.dossier.StreamFixture;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.dossier.StreamFixture.ASSESSOR;
import static org.wenping.query.dossier.StreamFixture.DECIDER;
import static org.wenping.query.dossier.StreamFixture.ID;
import static org.wenping.query.dossier.StreamFixture.SUPERVISOR;

class AccountabilityTimelineTest {
    static final LocalDate LATER = LocalDate.parse("2026-12-31");

    static StreamFixture graded(RiskLevel level) {
        return StreamFixture.registered()
                .add(StreamFixture.grade(level, "2026-03-05"), ASSESSOR)
                .add(new ReportFiledEvent(ID, FilingStage.REVIEW, "酒维稳备〔2026〕12号", LocalDate.parse("2026-03-16"),
                        null, false), SUPERVISOR);
    }

    static StreamFixture decidedAndFiled() {
        return graded(RiskLevel.LOW)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-03-20", null), DECIDER)
                .add(StreamFixture.decisionFiling("2026-03-21", "2026-03-21"), SUPERVISOR);
    }

    static MitigationMeasureAdoptedEvent measure(String id, String dueBy) {
        return new MitigationMeasureAdoptedEvent(ID, id, "设立征迁补偿咨询点", "敦煌市政府", "王主任",
                LocalDate.parse(dueBy), LocalDate.parse("2026-03-25"));
    }

    static IncidentReportedEvent incident() {
        return new IncidentReportedEvent(ID, IncidentForm.COLLECTIVE_PETITION, 30, LocalDate.parse("2026-07-02"),
                "市政府门口", "补偿争议");
    }

    @Test
    void aCleanPathShowsEachStepWithItsActorAndTheRulesItSatisfied() {
        AccountabilityTimeline timeline = AccountabilityTimeline.of(decidedAndFiled().entries(), LATER);

        assertThat(timeline.breaches()).isEmpty();
        assertThat(timeline.title()).isEqualTo("敦煌机场扩建项目");
        assertThat(timeline.judgedOn()).isEqualTo(LATER);
        assertThat(timeline.steps()).extracting(AccountabilityStep::type).containsExactly("MatterRegisteredEvent",
                "RiskGradedEvent", "ReportFiledEvent", "DecisionMadeEvent", "ReportFiledEvent");
        AccountabilityStep decision = timeline.steps().get(3);
        assertThat(decision.actor().userId()).isEqualTo("li");
        assertThat(decision.actor().roleLabel()).isEqualTo("决策机关");
        assertThat(decision.actor().unit()).isEqualTo("市政府");
        assertThat(decision.businessDate()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(decision.recordedAt()).isNotNull();
        assertThat(decision.rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R1", "R2");
        assertThat(timeline.steps().get(2).rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R1");
        assertThat(timeline.steps().get(4).rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R6");
        assertThat(timeline.steps()).allSatisfy(step -> assertThat(step.breaches()).isEmpty());
    }

    @Test
    void flagsADecisionOverridingTheGradeAsAssessmentNotUsedNamingTheDecider() {
        StreamFixture stream = graded(RiskLevel.HIGH)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.HIGH, "2026-03-20", "重点工程,工期紧"), DECIDER)
                .add(StreamFixture.decisionFiling("2026-03-21", "2026-03-21"), SUPERVISOR);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.code()).isEqualTo("ASSESSMENT_NOT_USED");
            assertThat(breach.name()).isEqualTo("评而不用");
            assertThat(breach.rule()).isEqualTo(new CodeLabel("R2", "评用结合"));
            assertThat(breach.description()).contains("高", "实施", "重点工程,工期紧");
            assertThat(breach.eventIds()).containsExactly("evt-3");
            assertThat(breach.responsible()).extracting(ResponsibleParty::userId, ResponsibleParty::capacity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("li", "决策人"),
                            org.assertj.core.groups.Tuple.tuple(null, "决策机关"));
        });
        AccountabilityStep decision = timeline.steps().get(3);
        assertThat(decision.rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R1");
        assertThat(decision.breaches()).containsExactly("ASSESSMENT_NOT_USED");
    }

    @Test
    void flagsADecisionWithoutAGradeAsNotAssessed() {
        StreamFixture stream = StreamFixture.registered()
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-03-20", null), DECIDER)
                .add(StreamFixture.decisionFiling("2026-03-21", "2026-03-21"), SUPERVISOR);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).extracting(Breach::code, Breach::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("NOT_ASSESSED", "应评不评"));
        assertThat(timeline.steps().get(1).rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R2");
    }

    @Test
    void flagsAFilingAfterTheDeadlineAsLate() {
        StreamFixture stream = graded(RiskLevel.LOW)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-03-20", null), DECIDER)
                .add(StreamFixture.decisionFiling("2026-03-25", "2026-03-21"), SUPERVISOR);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.code()).isEqualTo("LATE_FILING");
            assertThat(breach.name()).isEqualTo("迟报");
            assertThat(breach.rule().code()).isEqualTo("R6");
            assertThat(breach.date()).isEqualTo(LocalDate.parse("2026-03-21"));
            assertThat(breach.eventIds()).containsExactly("evt-3", "evt-4");
            assertThat(breach.responsible()).extracting(ResponsibleParty::unit).containsExactly("市发改委");
        });
        assertThat(timeline.steps().get(4).rulesSatisfied()).isEmpty();
        assertThat(timeline.steps().get(4).breaches()).containsExactly("LATE_FILING");
    }

    @Test
    void flagsAMissingFilingOnlyOnceItsDeadlineHasPassed() {
        StreamFixture stream = graded(RiskLevel.LOW)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-03-20", null), DECIDER);

        assertThat(AccountabilityTimeline.of(stream.entries(), LocalDate.parse("2026-03-21")).breaches()).isEmpty();
        assertThat(AccountabilityTimeline.of(stream.entries(), LocalDate.parse("2026-03-22")).breaches())
                .singleElement().satisfies(breach -> {
                    assertThat(breach.code()).isEqualTo("MISSING_FILING");
                    assertThat(breach.name()).isEqualTo("漏报");
                    assertThat(breach.rule().code()).isEqualTo("R6");
                    assertThat(breach.eventIds()).containsExactly("evt-3");
                });
    }

    @Test
    void flagsAMeasureNotCarriedOutByItsDueDateNamingItsResponsiblePerson() {
        StreamFixture stream = decidedAndFiled().add(measure("m1", "2026-05-01"), ASSESSOR)
                .add(measure("m2", "2026-05-01"), ASSESSOR)
                .add(new MitigationMeasureCompletedEvent(ID, "m2", "已落实", LocalDate.parse("2026-04-20")), ASSESSOR);

        assertThat(AccountabilityTimeline.of(stream.entries(), LocalDate.parse("2026-05-01")).breaches()).isEmpty();
        assertThat(AccountabilityTimeline.of(stream.entries(), LocalDate.parse("2026-05-02")).breaches())
                .singleElement().satisfies(breach -> {
                    assertThat(breach.code()).isEqualTo("MEASURE_NOT_CARRIED_OUT");
                    assertThat(breach.name()).isEqualTo("防范化解不落实");
                    assertThat(breach.eventIds()).containsExactly("evt-5");
                    assertThat(breach.responsible()).singleElement().satisfies(party -> {
                        assertThat(party.displayName()).isEqualTo("王主任");
                        assertThat(party.unit()).isEqualTo("敦煌市政府");
                        assertThat(party.capacity()).isEqualTo("措施责任人");
                    });
                });
    }

    @Test
    void showsAnIncidentAfterTheDecisionAndLightensItWhenTheMeasuresWereCarriedOut() {
        StreamFixture stream = decidedAndFiled().add(measure("m1", "2026-05-01"), ASSESSOR)
                .add(new MitigationMeasureCompletedEvent(ID, "m1", "已落实", LocalDate.parse("2026-04-20")), ASSESSOR)
                .add(incident(), ASSESSOR)
                .add(new ReassessmentOpenedEvent(ID, ReassessmentTrigger.INCIDENT, "跟踪期间发生集体上访",
                        LocalDate.parse("2026-07-02")), ASSESSOR);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.code()).isEqualTo("INCIDENT_AFTER_DECISION");
            assertThat(breach.rule().code()).isEqualTo("R7");
            assertThat(breach.eventIds()).containsExactly("evt-3", "evt-7");
            assertThat(breach.note()).contains("酌情减轻");
            assertThat(breach.responsible()).extracting(ResponsibleParty::capacity).contains("决策人", "责任主体");
        });
        assertThat(timeline.steps().get(8).rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R7");
    }

    @Test
    void flagsAnIncidentNeverFollowedByAReassessment() {
        StreamFixture stream = decidedAndFiled().add(incident(), ASSESSOR);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).extracting(Breach::code)
                .containsExactly("INCIDENT_AFTER_DECISION", "NO_REASSESSMENT");
        Breach neverReassessed = timeline.breaches().get(1);
        assertThat(neverReassessed.name()).contains("一评了之");
        assertThat(neverReassessed.eventIds()).containsExactly("evt-5");
        assertThat(timeline.breaches().get(0).note()).isNull();
    }

    @Test
    void anIncidentBeforeTheDecisionIsNoBreach() {
        StreamFixture stream = graded(RiskLevel.LOW).add(incident(), ASSESSOR)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.LOW, "2026-07-20", null), DECIDER)
                .add(StreamFixture.decisionFiling("2026-07-21", "2026-07-21"), SUPERVISOR);

        assertThat(AccountabilityTimeline.of(stream.entries(), LATER).breaches()).isEmpty();
    }

    @Test
    void aBreachListsTheCorrectionsRecordedAgainstItsEvents() {
        StreamFixture stream = graded(RiskLevel.HIGH)
                .add(StreamFixture.decision(Decision.IMPLEMENT, RiskLevel.HIGH, "2026-03-20", "工期紧"), DECIDER);
        String decision = stream.lastId();
        stream.add(StreamFixture.decisionFiling("2026-03-21", "2026-03-21"), SUPERVISOR)
                .add(new EventCorrectedEvent(ID, decision, "DecisionMadeEvent", "会议纪要日期录入有误",
                        LocalDate.parse("2026-03-22")), DECIDER);

        AccountabilityTimeline timeline = AccountabilityTimeline.of(stream.entries(), LATER);

        assertThat(timeline.breaches()).singleElement().extracting(Breach::correctedBy)
                .isEqualTo(java.util.List.of("evt-5"));
        assertThat(timeline.steps().get(3).correctedBy()).containsExactly("evt-5");
        assertThat(timeline.steps().get(5).rulesSatisfied()).extracting(CodeLabel::code).containsExactly("R10");
    }
}
