package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wenping.command.domain.OutsideJurisdictionException;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskLevel;

import static org.wenping.command.matter.Given.*;

/** R1 不评估不决策, under each procedure. */
class R1NotAssessedNoDecisionTest {
    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    private static MakeDecisionCommand implement() {
        return new MakeDecisionCommand(ID, null, Decision.IMPLEMENT, "市政府常务会议第5次", null, DAY);
    }

    @ParameterizedTest
    @EnumSource(Procedure.class)
    void refusesADecisionBeforeAnyGrade(Procedure procedure) {
        fixture.given(registered(procedure))
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @Test
    void underTheSimplifiedProcedureAGradeIsEnough() {
        fixture.given(readyToDecide(Procedure.SIMPLIFIED, RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void refusesADecisionOnAGradeWithoutAReport(Procedure procedure) {
        fixture.given(registered(procedure), graded(RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void refusesADecisionOnAnUnreviewedReport(Procedure procedure) {
        fixture.given(registered(procedure), graded(RiskLevel.LOW), report())
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void refusesADecisionOnAReportThePanelRejected(Procedure procedure) {
        fixture.given(registered(procedure), graded(RiskLevel.LOW), report(), reviewed(ReviewConclusion.FAILED))
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void refusesADecisionOnAReviewedButUnfiledReport(Procedure procedure) {
        fixture.given(registered(procedure), graded(RiskLevel.LOW), report(), reviewed(ReviewConclusion.PASSED))
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void decidesOnceTheReportWasReviewedAndFiled(Procedure procedure) {
        fixture.given(readyToDecide(procedure, RiskLevel.LOW))
                .when(implement(), as(DECIDER))
                .expectEvents(decided(Decision.IMPLEMENT, RiskLevel.LOW));
    }

    @Test
    void aNewReportNeedsANewReviewAndFiling() {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .andGiven(report())
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @Test
    void refusesADecisionByAnotherRole() {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(implement(), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void refusesADecisionFromOutsideTheJurisdiction() {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.LOW))
                .when(implement(), as(LANZHOU_DECIDER))
                .expectNoEvents()
                .expectException(OutsideJurisdictionException.class);
    }

    @Test
    void refusesASecondDecisionWithoutReassessment() {
        fixture.given(underTracking())
                .when(implement(), as(DECIDER))
                .expectNoEvents()
                .expectException(StepOutOfOrderException.class);
    }
}
