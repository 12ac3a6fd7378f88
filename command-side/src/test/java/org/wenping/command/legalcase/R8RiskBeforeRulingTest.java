package org.wenping.command.legalcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.RiskLevel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.wenping.command.legalcase.GivenCase.*;
import static org.wenping.kernel.legalcase.ProceduralStage.ACCEPTANCE;
import static org.wenping.kernel.legalcase.ProceduralStage.TRIAL;

/**
 * R8, both clauses: every history of the current stage's assessment against every class of case. The ruling is
 * made in the stage the history leaves the case in.
 */
class R8RiskBeforeRulingTest {
    /**
     * history, then for MAJOR_DIFFICULT_COMPLEX SEIZURE_AND_FREEZE PUBLIC_CONCERN OFFICER_MISCONDUCT: + ruled,
     * U refused R8_MAJOR_CASE_UNASSESSED, R refused R8_RISK_UNRESOLVED (seed 004 篇4).
     */
    private static final String TABLE = """
            NEVER_ASSESSED          U + + +
            ONE_DIMENSION           U R R R
            GRADED_NOT_REPORTED     R R R R
            MEASURE_OPEN            R R R R
            MEASURES_DONE           R R R R
            RESOLVED                + + + +
            MEASURE_AFTER_RESOLVED  R R R R
            REGRADED_AFTER_RESOLVED R R R R
            NEW_STAGE               U R R R
            NEW_STAGE_ONE_DIMENSION U R R R
            NEW_STAGE_RESOLVED      + + + +
            """;

    /** Each history after the listing; every one ends in the stage named by {@link #stageAfter}. */
    private enum History {
        NEVER_ASSESSED(List.of()),
        ONE_DIMENSION(List.of(assessed(CaseDimension.LEGALITY))),
        GRADED_NOT_REPORTED(with(allDimensionsAssessed(), graded())),
        MEASURE_OPEN(gradedWithOpenMeasure(ACCEPTANCE)),
        MEASURES_DONE(with(gradedWithOpenMeasure(ACCEPTANCE), measureCompleted(measureOf(ACCEPTANCE)))),
        RESOLVED(resolvedIn(ACCEPTANCE)),
        MEASURE_AFTER_RESOLVED(with(resolvedIn(ACCEPTANCE), measureAdopted("measure-late"))),
        REGRADED_AFTER_RESOLVED(with(resolvedIn(ACCEPTANCE), graded())),
        NEW_STAGE(with(resolvedIn(ACCEPTANCE), stageChanged(ACCEPTANCE, TRIAL))),
        NEW_STAGE_ONE_DIMENSION(with(NEW_STAGE.events, assessed(CaseDimension.CONTROLLABILITY))),
        NEW_STAGE_RESOLVED(with(NEW_STAGE.events, resolvedIn(TRIAL).toArray()));

        private final List<Object> events;

        History(List<Object> events) {
            this.events = events;
        }

        ProceduralStage stageAfter() {
            return name().startsWith("NEW_STAGE") ? TRIAL : ACCEPTANCE;
        }
    }

    private AggregateTestFixture<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static List<Object> with(List<Object> before, Object... more) {
        List<Object> events = new ArrayList<>(before);
        events.addAll(List.of(more));
        return events;
    }

    private static Object graded() {
        return GivenCase.graded(RiskLevel.LOW);
    }

    static Stream<Arguments> cells() {
        return TABLE.lines().flatMap(line -> {
            String[] cols = line.trim().split("\\s+");
            History history = History.valueOf(cols[0]);
            return Arrays.stream(CaseClass.values())
                    .map(caseClass -> Arguments.of(history, caseClass, cols[caseClass.ordinal() + 1]));
        });
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cells")
    void aRulingIsMadeOnlyWhereR8AllowsIt(History history, CaseClass caseClass, String expected) {
        var result = fixture.given(history(listed(caseClass), history.events))
                .when(new RuleOnCaseCommand(ID, null, RulingKind.JUDGMENT, "驳回诉讼请求", DAY), as(HANDLER));
        switch (expected) {
            case "+" -> result.expectEvents(new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "驳回诉讼请求",
                    history.stageAfter(), false, DAY));
            case "U" -> result.expectNoEvents().expectException(refusedWith("R8_MAJOR_CASE_UNASSESSED"));
            case "R" -> result.expectNoEvents().expectException(refusedWith("R8_RISK_UNRESOLVED"));
            default -> throw new IllegalArgumentException(expected);
        }
    }
}
