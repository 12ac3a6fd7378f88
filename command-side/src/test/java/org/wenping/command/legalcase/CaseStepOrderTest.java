package org.wenping.command.legalcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.CaseStageChangedEvent;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

import static org.wenping.command.legalcase.GivenCase.*;
import static org.wenping.kernel.legalcase.ProceduralStage.ACCEPTANCE;
import static org.wenping.kernel.legalcase.ProceduralStage.TRIAL;

/**
 * The steps of seed 004 篇4 in their order (assess, grade, report, measures, resolve; rule; close), the stage change
 * that re-opens the assessment, and each step out of order refused with its code and nothing written.
 */
class CaseStepOrderTest {
    private static final CaseRulingMadeEvent RULED = new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决", ACCEPTANCE,
            false, DAY);

    private AggregateTestFixture<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private void refused(List<Object> given, Object command, String code) {
        fixture.given(given).when(command, as(HANDLER)).expectNoEvents().expectException(refusedWith(code));
    }

    private static List<Object> publicConcern(List<Object> rest) {
        return history(listed(CaseClass.PUBLIC_CONCERN), rest);
    }

    @Test
    void aGradeWaitsForAllThreeDimensionsOfTheStage() {
        refused(publicConcern(List.of(assessed(CaseDimension.LEGALITY), assessed(CaseDimension.REASONABLENESS))),
                new GradeCaseRiskCommand(ID, null, RiskLevel.LOW, List.of("风险可控"), DAY), "CASE_DIMENSIONS_MISSING");
    }

    @Test
    void aGradeIsALevelOfTheSchemeRecordedAtListing() {
        refused(publicConcern(allDimensionsAssessed()),
                new GradeCaseRiskCommand(ID, null, RiskLevel.A, List.of("风险大"), DAY), "GRADE_NOT_IN_SCHEME");
    }

    @Test
    void theReportWaitsForTheGrade() {
        refused(publicConcern(allDimensionsAssessed()), new CompileCaseReportCommand(ID, null, "案件", List.of(),
                "案情", "办理情况", "隐患", "方案", DAY), "CASE_NOT_GRADED");
    }

    @Test
    void theReportNamesOnlyPersonsOfTheCase() {
        List<Object> graded = publicConcern(allDimensionsAssessed());
        graded.add(graded(RiskLevel.LOW));
        refused(graded, new CompileCaseReportCommand(ID, null, "案件", List.of("c-other-p1"), "案情", "办理情况", "隐患",
                "方案", DAY), "CASE_PERSON_UNKNOWN");
    }

    @Test
    void measuresAndTheResolutionWaitForTheReport() {
        List<Object> graded = publicConcern(allDimensionsAssessed());
        graded.add(graded(RiskLevel.LOW));
        refused(graded, new AdoptCaseMeasureCommand(ID, null, "m-1", "调解", "司法局", "赵调解", null, DAY),
                "CASE_REPORT_MISSING");
        refused(graded, new ResolveCaseRiskCommand(ID, null, "已化解", DAY), "CASE_REPORT_MISSING");
    }

    @Test
    void onlyAnAdoptedOpenMeasureIsCompleted() {
        List<Object> open = publicConcern(gradedWithOpenMeasure(ACCEPTANCE));
        refused(open, new CompleteCaseMeasureCommand(ID, null, "m-unknown", "完成", DAY), "CASE_MEASURE_UNKNOWN");
        open.add(measureCompleted(measureOf(ACCEPTANCE)));
        refused(open, new CompleteCaseMeasureCommand(ID, null, measureOf(ACCEPTANCE), "完成", DAY),
                "CASE_MEASURE_ALREADY_COMPLETED");
    }

    @Test
    void theRiskIsResolvedOnlyOnceEveryMeasureIsCarriedOut() {
        refused(publicConcern(gradedWithOpenMeasure(ACCEPTANCE)), new ResolveCaseRiskCommand(ID, null, "已化解", DAY),
                "CASE_MEASURES_OPEN");
    }

    @Test
    void aRulingIsOfAKindTheOrganIssues() {
        refused(publicConcern(resolvedIn(ACCEPTANCE)),
                new RuleOnCaseCommand(ID, null, RulingKind.NON_PROSECUTION_DECISION, "不起诉", DAY), "RULING_KIND_NOT_OF_ORGAN");
    }

    @Test
    void aStageChangeReopensTheAssessment() {
        fixture.given(publicConcern(resolvedIn(ACCEPTANCE)))
                .when(new ChangeCaseStageCommand(ID, null, TRIAL, "开庭审理", DAY), as(HANDLER))
                .expectEvents(new CaseStageChangedEvent(ID, ACCEPTANCE, TRIAL, "开庭审理", DAY));
        List<Object> inTrial = publicConcern(resolvedIn(ACCEPTANCE));
        inTrial.add(stageChanged(ACCEPTANCE, TRIAL));
        refused(inTrial, new GradeCaseRiskCommand(ID, null, RiskLevel.LOW, List.of("风险可控"), DAY),
                "CASE_DIMENSIONS_MISSING");
    }

    @Test
    void aStageChangeNamesAnotherStage() {
        refused(publicConcern(List.of()), new ChangeCaseStageCommand(ID, null, ACCEPTANCE, "重复", DAY),
                "CASE_STAGE_UNCHANGED");
    }

    @Test
    void aMajorCaseLeavesAStageOnlyOnceItIsGraded() {
        List<Object> assessing = history(listed(CaseClass.MAJOR_DIFFICULT_COMPLEX), allDimensionsAssessed());
        refused(assessing, new ChangeCaseStageCommand(ID, null, TRIAL, "开庭审理", DAY), "R8_MAJOR_CASE_UNASSESSED");
        assessing.add(graded(RiskLevel.LOW));
        fixture.given(assessing)
                .when(new ChangeCaseStageCommand(ID, null, TRIAL, "开庭审理", DAY), as(HANDLER))
                .expectEvents(new CaseStageChangedEvent(ID, ACCEPTANCE, TRIAL, "开庭审理", DAY));
    }

    @Test
    void aCaseOfAnotherClassChangesStageUnassessed() {
        fixture.given(listed(CaseClass.SEIZURE_AND_FREEZE))
                .when(new ChangeCaseStageCommand(ID, null, TRIAL, "开庭审理", DAY), as(HANDLER))
                .expectEvents(new CaseStageChangedEvent(ID, ACCEPTANCE, TRIAL, "开庭审理", DAY));
    }

    @Test
    void aCaseIsClosedOnlyAfterItsRulingWithEveryMeasureCarriedOut() {
        refused(publicConcern(List.of()), new CloseCaseCommand(ID, null, "结案", DAY), "CASE_NOT_RULED");
        List<Object> ruledWithOpenMeasure = publicConcern(resolvedIn(ACCEPTANCE));
        ruledWithOpenMeasure.addAll(List.of(RULED, measureAdopted("m-after")));
        refused(ruledWithOpenMeasure, new CloseCaseCommand(ID, null, "结案", DAY), "CASE_MEASURES_OPEN");
    }

    @Test
    void aClosedCaseTakesNoFurtherStep() {
        List<Object> closed = publicConcern(List.of(RULED, new CaseClosedEvent(ID, "结案", DAY)));
        refused(closed, new AssessCaseDimensionCommand(ID, null, CaseDimension.LEGALITY, "合法", List.of(), DAY),
                "CASE_CLOSED");
        refused(closed, new RecordCaseVisitCommand(ID, null, "张承办", "回访", DAY), "CASE_CLOSED");
        refused(closed, new ChangeCaseStageCommand(ID, null, TRIAL, "审理", DAY), "CASE_CLOSED");
    }
}
