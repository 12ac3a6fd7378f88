package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

import static org.wenping.command.matter.Given.*;

/** R3: 简易程序 only while the risk is low; a higher grade escalates the matter to 普通程序. */
class R3SimplifiedProcedureTest {
    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    private static GradeRiskCommand grade(RiskLevel level) {
        return new GradeRiskCommand(ID, null, level, List.of("征地补偿标准存在分歧"), DAY);
    }

    @ParameterizedTest
    @EnumSource(value = RiskLevel.class, names = {"LOW", "C", "LEVEL_3", "LEVEL_4"})
    void aLowGradeKeepsTheSimplifiedProcedure(RiskLevel level) {
        fixture.given(registered(Procedure.SIMPLIFIED, AssessorMode.SELF, level.scheme()))
                .when(grade(level), as(ASSESSOR))
                .expectEvents(graded(level));
    }

    @ParameterizedTest
    @EnumSource(value = RiskLevel.class, names = {"HIGH", "MEDIUM", "A", "B", "LEVEL_1", "LEVEL_2"})
    void aGradeThatIsNotLowEscalatesToTheStandardProcedure(RiskLevel level) {
        fixture.given(registered(Procedure.SIMPLIFIED, AssessorMode.SELF, level.scheme()))
                .when(grade(level), as(ASSESSOR))
                .expectEvents(graded(level), new ProcedureEscalatedEvent(ID, Procedure.SIMPLIFIED, Procedure.STANDARD,
                        "定级为“" + level.label() + "”,简易程序仅适用于低风险事项(R3)", DAY));
    }

    @Test
    void aGradeThatIsNotLowUnderTheStandardProcedureEscalatesNothing() {
        fixture.given(registered(Procedure.STANDARD))
                .when(grade(RiskLevel.HIGH), as(ASSESSOR))
                .expectEvents(graded(RiskLevel.HIGH));
    }

    @Test
    void afterEscalationTheDecisionNeedsTheFullReviewAndFiling() {
        fixture.given(registered(Procedure.SIMPLIFIED), graded(RiskLevel.MEDIUM),
                        new ProcedureEscalatedEvent(ID, Procedure.SIMPLIFIED, Procedure.STANDARD, "R3", DAY))
                .when(new MakeDecisionCommand(ID, null, Decision.POSTPONE, "会议", null, DAY), as(DECIDER))
                .expectNoEvents()
                .expectException(NotAssessedException.class);
    }

    @Test
    void theResponsibleUnitMayEscalateOnItsOwnJudgement() {
        fixture.given(registered(Procedure.SIMPLIFIED))
                .when(new EscalateProcedureCommand(ID, null, "涉及群众较多", DAY), as(ASSESSOR))
                .expectEvents(new ProcedureEscalatedEvent(ID, Procedure.SIMPLIFIED, Procedure.STANDARD, "涉及群众较多", DAY));
    }

    @ParameterizedTest
    @EnumSource(value = Procedure.class, names = {"STANDARD", "SPECIAL"})
    void refusesToEscalateAMatterNotUnderTheSimplifiedProcedure(Procedure procedure) {
        fixture.given(registered(procedure))
                .when(new EscalateProcedureCommand(ID, null, "涉及群众较多", DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(NotSimplifiedProcedureException.class);
    }

    @Test
    void refusesALevelOfAnotherScheme() {
        fixture.given(registered(Procedure.SIMPLIFIED))
                .when(grade(RiskLevel.C), as(ASSESSOR))
                .expectNoEvents()
                .expectException(GradeNotInSchemeException.class);
    }
}
