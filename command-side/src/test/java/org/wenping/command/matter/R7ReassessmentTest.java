package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReassessmentTrigger;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

import static org.wenping.command.matter.Given.*;

/** R7: an incident or a new major risk during 跟踪 re-opens 评估/定级; the decision may then be adjusted. */
class R7ReassessmentTest {
    private static final IncidentReportedEvent INCIDENT = new IncidentReportedEvent(ID, IncidentForm.COLLECTIVE_PETITION,
            60, DAY, "敦煌市政府门前", "被征地农户集体上访");
    private static final ReassessmentOpenedEvent REOPENED = new ReassessmentOpenedEvent(ID, ReassessmentTrigger.INCIDENT,
            "跟踪期间发生集体上访(60人),须重新评估定级(R7)", DAY);

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    private static ReportIncidentCommand incident() {
        return new ReportIncidentCommand(ID, null, IncidentForm.COLLECTIVE_PETITION, 60, DAY, "敦煌市政府门前", "被征地农户集体上访");
    }

    @Test
    void anIncidentDuringTrackingReopensTheAssessment() {
        fixture.given(underTracking())
                .when(incident(), as(ASSESSOR))
                .expectEvents(INCIDENT, REOPENED);
    }

    @Test
    void anIncidentBeforeTheDecisionIsRecordedOnly() {
        fixture.given(registered(Procedure.STANDARD))
                .when(incident(), as(ASSESSOR))
                .expectEvents(INCIDENT);
    }

    @Test
    void aNewMajorRiskDuringTrackingReopensTheAssessment() {
        fixture.given(underTracking())
                .when(new OpenReassessmentCommand(ID, null, "补偿标准调整引发新的矛盾", DAY), as(ASSESSOR))
                .expectEvents(new ReassessmentOpenedEvent(ID, ReassessmentTrigger.NEW_MAJOR_RISK, "补偿标准调整引发新的矛盾", DAY));
    }

    @Test
    void refusesAReassessmentBeforeTheDecision() {
        fixture.given(registered(Procedure.STANDARD))
                .when(new OpenReassessmentCommand(ID, null, "新风险", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R7_NOT_UNDER_TRACKING"));
    }

    @Test
    void refusesAReassessmentAlreadyOpen() {
        fixture.given(underTracking()).andGiven(INCIDENT, REOPENED)
                .when(new OpenReassessmentCommand(ID, null, "新风险", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R7_NOT_UNDER_TRACKING"));
    }

    @Test
    void afterReopeningTheOldGradeNoLongerCarriesADecision() {
        fixture.given(underTracking()).andGiven(INCIDENT, REOPENED)
                .when(new MakeDecisionCommand(ID, null, Decision.POSTPONE, "会议", null, DAY), as(DECIDER))
                .expectNoEvents()
                .expectException(RefusedWith.code("R1_NOT_ASSESSED"));
    }

    @Test
    void afterANewGradeReviewAndFilingTheDecisionIsAdjusted() {
        fixture.given(underTracking()).andGiven(INCIDENT, REOPENED)
                .andGiven(graded(RiskLevel.MEDIUM), report(), reviewed(org.wenping.kernel.matter.ReviewConclusion.PASSED),
                        filedForReview())
                .when(new MakeDecisionCommand(ID, null, Decision.POSTPONE, "市政府常务会议第9次", null, DAY), as(DECIDER))
                .expectEvents(new DecisionMadeEvent(ID, Decision.POSTPONE, RiskLevel.MEDIUM, "市政府常务会议第9次", null,
                        false, DAY, DAY.plusDays(1)));
    }

    @Test
    void theAssessmentStaysClosedAfterTheDecisionUntilReopened() {
        fixture.given(underTracking())
                .when(new GradeRiskCommand(ID, null, RiskLevel.HIGH, List.of("新风险"), DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("ASSESSMENT_NOT_OPEN"));
    }
}
