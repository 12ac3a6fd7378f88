package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskLevel;

import static org.wenping.command.matter.Given.*;

/** 报备: before the decision the reviewed report (R1), after it the report and decision by the next day (R6, {@link FilingDeadline}). */
class R6FilingTest {
    private static final String RECEIPT = "维稳备〔2026〕7号";

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    @Test
    void theSupervisorRecordsTheReviewFilingOfAReviewedReport() {
        fixture.given(registered(Procedure.STANDARD), graded(RiskLevel.LOW), report(), reviewed(ReviewConclusion.PASSED))
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY), as(SUPERVISOR))
                .expectEvents(new ReportFiledEvent(ID, FilingStage.REVIEW, RECEIPT, DAY, null, false));
    }

    @Test
    void refusesAReviewFilingOfAnUnreviewedReportUnderTheStandardProcedure() {
        fixture.given(registered(Procedure.STANDARD), graded(RiskLevel.LOW), report())
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY), as(SUPERVISOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("REPORT_NOT_REVIEWED"));
    }

    @Test
    void theDecisionCarriesItsFilingDeadlineTheNextDay() {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(new MakeDecisionCommand(ID, null, Decision.IMPLEMENT, "市政府常务会议第5次", null, DAY), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }

    @Test
    void aFilingOnTheDayOfTheDecisionIsOnTime() {
        fixture.given(underTracking())
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY), as(SUPERVISOR))
                .expectEvents(new ReportFiledEvent(ID, FilingStage.DECISION, RECEIPT, DAY, DAY.plusDays(1), false));
    }

    @Test
    void aFilingTheDayAfterTheDecisionIsOnTime() {
        fixture.given(underTracking())
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY.plusDays(1)), as(SUPERVISOR))
                .expectEvents(new ReportFiledEvent(ID, FilingStage.DECISION, RECEIPT, DAY.plusDays(1), DAY.plusDays(1), false));
    }

    @Test
    void aLaterFilingIsFlaggedLate() {
        fixture.given(underTracking())
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY.plusDays(3)), as(SUPERVISOR))
                .expectEvents(new ReportFiledEvent(ID, FilingStage.DECISION, RECEIPT, DAY.plusDays(3), DAY.plusDays(1), true));
    }

    @Test
    void refusesASecondDecisionFiling() {
        fixture.given(underTracking())
                .andGiven(new ReportFiledEvent(ID, FilingStage.DECISION, RECEIPT, DAY, DAY.plusDays(1), false))
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY), as(SUPERVISOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("ALREADY_FILED"));
    }

    @Test
    void refusesAFilingRecordedByTheAssessor() {
        fixture.given(underTracking())
                .when(new RecordFilingCommand(ID, null, RECEIPT, DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_ROLE_NOT_PERMITTED"));
    }
}
