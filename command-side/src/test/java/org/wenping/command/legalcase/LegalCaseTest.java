package org.wenping.command.legalcase;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.command.domain.BusinessDateInFutureException;
import org.wenping.command.domain.OutsideJurisdictionException;
import org.wenping.command.domain.RoleNotPermittedException;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseDimensionAssessedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseMeasureCompletedEvent;
import org.wenping.kernel.legalcase.CaseOpinionsCollectedEvent;
import org.wenping.kernel.legalcase.CaseRiskGradedEvent;
import org.wenping.kernel.legalcase.CaseRiskResolvedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.CaseVisitRecordedEvent;
import org.wenping.kernel.legalcase.PredictedForm;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.RiskLevel;

import java.util.ArrayList;
import java.util.List;

import static org.wenping.command.legalcase.GivenCase.*;
import static org.wenping.kernel.legalcase.ProceduralStage.ACCEPTANCE;

/** One case through each allowed step, by the roles seed 004 篇4 gives them (谁办理、谁评估、谁化解), and R9 at its entry. */
class LegalCaseTest {
    private AggregateTestFixture<LegalCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void theHandlerListsACaseOfItsOrganWithThePersonsSealed() {
        fixture.givenNoPriorActivity()
                .when(list(CaseClass.PUBLIC_CONCERN), as(HANDLER))
                .expectEvents(listed(CaseClass.PUBLIC_CONCERN));
    }

    @Test
    void aCaseIsListedOnlyInsideTheHandlersJurisdiction() {
        Actor elsewhere = new Actor("h2", "兰州承办", Role.HANDLER, "兰州市中级人民法院", new JurisdictionCode("620100"));
        fixture.givenNoPriorActivity()
                .when(list(CaseClass.PUBLIC_CONCERN), as(elsewhere))
                .expectNoEvents()
                .expectException(OutsideJurisdictionException.class);
    }

    @Test
    void onlyTheHandlerListsACase() {
        fixture.givenNoPriorActivity()
                .when(list(CaseClass.PUBLIC_CONCERN), as(CASE_LEAD))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void aCaseIsNotListedBeforeItWasAccepted() {
        ListCaseCommand early = new ListCaseCommand(ID, "(2026)甘0902民初17号", list(CaseClass.PUBLIC_CONCERN).organ(),
                CaseClass.PUBLIC_CONCERN, "张承办", "李分管", "王院长", "案情", List.of(), ACCEPTANCE, SUZHOU,
                GradingScheme.THREE_LEVEL, DAY.plusDays(1), DAY);
        fixture.givenNoPriorActivity()
                .when(early, as(HANDLER))
                .expectNoEvents()
                .expectException(refusedWith("CASE_ACCEPTED_AFTER_LISTING"));
    }

    @Test
    void aListingDatedInTheFutureIsRefused() {
        ListCaseCommand future = new ListCaseCommand(ID, "(2099)甘0902民初1号", list(CaseClass.PUBLIC_CONCERN).organ(),
                CaseClass.PUBLIC_CONCERN, "张承办", "李分管", "王院长", "案情", List.of(), ACCEPTANCE, SUZHOU,
                GradingScheme.THREE_LEVEL, DAY, DAY.plusYears(80));
        fixture.givenNoPriorActivity()
                .when(future, as(HANDLER))
                .expectNoEvents()
                .expectException(BusinessDateInFutureException.class);
    }

    @Test
    void theHandlerAssessesADimensionWithThePredictedForms() {
        fixture.given(listed(CaseClass.MAJOR_DIFFICULT_COMPLEX))
                .when(new AssessCaseDimensionCommand(ID, null, CaseDimension.CONTROLLABILITY, "情绪激烈",
                        List.of(PredictedForm.BYPASS_PETITION), DAY), as(HANDLER))
                .expectEvents(new CaseDimensionAssessedEvent(ID, CaseDimension.CONTROLLABILITY, "情绪激烈",
                        List.of(PredictedForm.BYPASS_PETITION), DAY));
    }

    @Test
    void onlyTheHandlerAssesses() {
        fixture.given(listed(CaseClass.MAJOR_DIFFICULT_COMPLEX))
                .when(new AssessCaseDimensionCommand(ID, null, CaseDimension.LEGALITY, "合法", List.of(), DAY),
                        as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }

    @Test
    void theHandlerCollectsOpinions() {
        fixture.given(listed(CaseClass.PUBLIC_CONCERN))
                .when(new CollectCaseOpinionsCommand(ID, null, OpinionMethod.VISIT, 20, 3, "多数理解", DAY), as(HANDLER))
                .expectEvents(new CaseOpinionsCollectedEvent(ID, OpinionMethod.VISIT, 20, 3, "多数理解", DAY));
    }

    @Test
    void theHandlerGradesOnceAllThreeDimensionsAreAssessed() {
        fixture.given(history(listed(CaseClass.PUBLIC_CONCERN), allDimensionsAssessed()))
                .when(new GradeCaseRiskCommand(ID, null, RiskLevel.MEDIUM, List.of("涉及人数较多"), DAY), as(HANDLER))
                .expectEvents(new CaseRiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.MEDIUM,
                        List.of("涉及人数较多"), DAY));
    }

    @Test
    void theHandlerCompilesTheReportNamingPersonsByKeyOnly() {
        List<Object> events = history(listed(CaseClass.PUBLIC_CONCERN), allDimensionsAssessed());
        events.add(graded(RiskLevel.MEDIUM));
        fixture.given(events)
                .when(new CompileCaseReportCommand(ID, null, "土地承包经营权纠纷案", List.of(PERSON.keyId()), "简要案情",
                        "已受理", "可能引发上访", "释法明理,诉前调解", DAY), as(HANDLER))
                .expectEvents(reported());
    }

    @Test
    void theHandlerAdoptsAndCompletesAMeasureThenResolvesTheRisk() {
        List<Object> reportedCase = history(listed(CaseClass.PUBLIC_CONCERN), allDimensionsAssessed());
        reportedCase.addAll(List.of(graded(RiskLevel.MEDIUM), reported()));
        fixture.given(reportedCase)
                .when(new AdoptCaseMeasureCommand(ID, null, "m-1", "诉前调解", "肃州区司法局", "赵调解", null, DAY), as(HANDLER))
                .expectEvents(new CaseMeasureAdoptedEvent(ID, "m-1", "诉前调解", "肃州区司法局", "赵调解", null, DAY));
        fixture.given(history(listed(CaseClass.PUBLIC_CONCERN), gradedWithOpenMeasure(ACCEPTANCE)))
                .when(new CompleteCaseMeasureCommand(ID, null, measureOf(ACCEPTANCE), "达成调解意向", DAY), as(HANDLER))
                .expectEvents(new CaseMeasureCompletedEvent(ID, measureOf(ACCEPTANCE), "达成调解意向", DAY));
        List<Object> measuresDone = history(listed(CaseClass.PUBLIC_CONCERN), gradedWithOpenMeasure(ACCEPTANCE));
        measuresDone.add(measureCompleted(measureOf(ACCEPTANCE)));
        fixture.given(measuresDone)
                .when(new ResolveCaseRiskCommand(ID, null, "矛盾已化解", DAY), as(HANDLER))
                .expectEvents(new CaseRiskResolvedEvent(ID, ACCEPTANCE, "矛盾已化解", DAY));
    }

    @Test
    void theLeaderInChargeRulesOnceTheRiskIsResolvedAndTheHandlerVisitsAndCloses() {
        List<Object> ruledOn = history(listed(CaseClass.MAJOR_DIFFICULT_COMPLEX), resolvedIn(ACCEPTANCE));
        fixture.given(ruledOn)
                .when(new RuleOnCaseCommand(ID, null, RulingKind.ORDER, "准予撤诉", DAY), as(CASE_LEAD))
                .expectEvents(new CaseRulingMadeEvent(ID, RulingKind.ORDER, "准予撤诉", ACCEPTANCE, false, DAY));
        ruledOn = new ArrayList<>(ruledOn);
        ruledOn.add(new CaseRulingMadeEvent(ID, RulingKind.ORDER, "准予撤诉", ACCEPTANCE, false, DAY));
        fixture.given(ruledOn)
                .when(new RecordCaseVisitCommand(ID, null, "张承办", "当事人情绪稳定", DAY), as(HANDLER))
                .expectEvents(new CaseVisitRecordedEvent(ID, "张承办", "当事人情绪稳定", DAY));
        fixture.given(ruledOn)
                .when(new CloseCaseCommand(ID, null, "案结事了", DAY), as(CASE_LEAD))
                .expectEvents(new CaseClosedEvent(ID, "案结事了", DAY));
    }

    @Test
    void theOrganHeadDoesNotCloseACase() {
        List<Object> ruledOn = history(listed(CaseClass.PUBLIC_CONCERN),
                List.of(new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决", ACCEPTANCE, false, DAY)));
        fixture.given(ruledOn)
                .when(new CloseCaseCommand(ID, null, "结案", DAY), as(ORGAN_HEAD))
                .expectNoEvents()
                .expectException(RoleNotPermittedException.class);
    }
}
