package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.Arguments;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.wenping.command.matter.Given.*;

/** R2 评用结合: every cell of every grading table, without and with an override reason. */
class R2DecisionTableTest {
    /** level, then for IMPLEMENT PARTIAL POSTPONE REJECT: + allowed, - refused (domain.md, seeds 002, 004). */
    private static final String TABLE = """
            HIGH    - - - +
            MEDIUM  - - + +
            LOW     + + + +
            A       - - - +
            B       - - + +
            C       + + + +
            LEVEL_1 - - - +
            LEVEL_2 - + + +
            LEVEL_3 + + + +
            LEVEL_4 + + + +
            """;
    private static final String MEETING = "市政府常务会议第5次";
    private static final String REASON = "省重点项目,工期不能推迟";

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry());
    }

    static Stream<Arguments> cells() {
        return TABLE.lines().flatMap(line -> {
            String[] cols = line.trim().split("\\s+");
            RiskLevel level = RiskLevel.valueOf(cols[0]);
            return Arrays.stream(Decision.values())
                    .map(decision -> Arguments.of(level, decision, cols[decision.ordinal() + 1].equals("+")));
        });
    }

    private static DecisionMadeEvent made(Decision decision, RiskLevel level, String reason, boolean notUsed) {
        return new DecisionMadeEvent(ID, decision, level, MEETING, reason, notUsed, DAY, DAY.plusDays(1));
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("cells")
    void withoutAnOverrideOnlyWhatTheTableAllowsIsDecided(RiskLevel level, Decision decision, boolean allowed) {
        var result = fixture.given(readyToDecide(Procedure.STANDARD, level))
                .when(new MakeDecisionCommand(ID, null, decision, MEETING, null, DAY), as(DECIDER));
        if (allowed) {
            result.expectEvents(made(decision, level, null, false));
        } else {
            result.expectNoEvents().expectException(DecisionAgainstGradeException.class);
        }
    }

    @ParameterizedTest(name = "{0} {1} allowed={2}")
    @MethodSource("cells")
    void withAnOverrideADisallowedDecisionIsRecordedAsAssessmentNotUsed(RiskLevel level, Decision decision,
                                                                         boolean allowed) {
        fixture.given(readyToDecide(Procedure.STANDARD, level))
                .when(new MakeDecisionCommand(ID, null, decision, MEETING, REASON, DAY), as(DECIDER))
                .expectEvents(made(decision, level, REASON, !allowed));
    }

    @ParameterizedTest
    @EnumSource(Decision.class)
    void levelBMayBeImplementedOnceAResolutionPlanWithResponsibilityExists(Decision decision) {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.B))
                .andGiven(new MitigationMeasureAdoptedEvent(ID, "m1", "制定化解矛盾方案,逐户落实补偿", UNIT, "张评估",
                        DAY.plusDays(30), DAY))
                .when(new MakeDecisionCommand(ID, null, decision, MEETING, null, DAY), as(DECIDER))
                .expectEvents(made(decision, RiskLevel.B, null, false));
    }

    @ParameterizedTest
    @CsvSource({"'  '", "''"})
    void aBlankOverrideReasonIsNoOverride(String blank) {
        fixture.given(readyToDecide(Procedure.STANDARD, RiskLevel.HIGH))
                .when(new MakeDecisionCommand(ID, null, Decision.IMPLEMENT, MEETING, blank, DAY), as(DECIDER))
                .expectNoEvents()
                .expectException(DecisionAgainstGradeException.class);
    }
}
