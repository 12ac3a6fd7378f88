package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.wenping.command.registry.PooledExpert;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.List;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.wenping.command.matter.Given.*;

/** R5 回避: each kind of conflict keeps an expert off the panel, and the refusal names the expert and why. */
class R5RecusalTest {
    private static final AgencyId AGENCY = new AgencyId("agency-1");
    private static final ExpertId CLEAN = new ExpertId("expert-clean");
    private static final ExpertId OTHER = new ExpertId("expert-other");
    private static final ExpertId CONFLICTED = new ExpertId("expert-conflicted");

    private static PooledExpert expert(ExpertId id, List<String> units, List<AgencyId> agencies, List<MatterId> interests,
                                       boolean inPool) {
        return new PooledExpert(id, "专家" + id.value(), JIUQUAN, units, agencies, interests, inPool);
    }

    private static ReviewReportCommand review(ExpertId... panel) {
        return new ReviewReportCommand(ID, null, List.of(panel), List.of("同意"), ReviewConclusion.PASSED, DAY);
    }

    private static AggregateTestFixture<Matter> with(PooledExpert conflicted) {
        return fixture(new TestRegistry()
                .with(expert(CLEAN, List.of("兰州大学"), List.of(), List.of(), true))
                .with(expert(OTHER, List.of("西北师范大学"), List.of(new AgencyId("agency-9")), List.of(new MatterId("m-x")), true))
                .with(conflicted));
    }

    private static List<Object> reported() {
        return List.of(registered(Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL),
                new AssessmentAgencyCommissionedEvent(ID, AGENCY, SelectionMethod.OPEN_TENDER, DAY),
                graded(RiskLevel.LOW), report());
    }

    @Test
    void aPanelWithoutConflictsReviewsTheReport() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(), true)).given(reported())
                .when(review(CLEAN, OTHER), as(EXPERT))
                .expectEvents(new ReportReviewedEvent(ID, List.of(CLEAN, OTHER), List.of("同意"), ReviewConclusion.PASSED, DAY));
    }

    @Test
    void aProvincialExpertReviewsTheMattersOfItsCitiesAndCounties() {
        with(new PooledExpert(CONFLICTED, "省专家", new JurisdictionCode("620000"), List.of(), List.of(), List.of(), true))
                .given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectEvents(new ReportReviewedEvent(ID, List.of(CLEAN, CONFLICTED), List.of("同意"), ReviewConclusion.PASSED, DAY));
    }

    @Test
    void refusesAnExpertOfAnotherJurisdictionsPool() {
        with(new PooledExpert(CONFLICTED, "兰州专家", new JurisdictionCode("620100"), List.of(), List.of(), List.of(), true))
                .given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_OUTSIDE_JURISDICTION"));
    }

    @Test
    void refusesAnExpertTiedToTheResponsibleUnit() {
        with(expert(CONFLICTED, List.of(" " + UNIT + " "), List.of(), List.of(), true)).given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_CONFLICT"))
                .expectExceptionMessage(allOf(containsString(CONFLICTED.value()), containsString("评估责任主体")));
    }

    @Test
    void refusesAnExpertTiedToTheCommissionedAgency() {
        with(expert(CONFLICTED, List.of(), List.of(AGENCY), List.of(), true)).given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_CONFLICT"))
                .expectExceptionMessage(allOf(containsString(CONFLICTED.value()), containsString("受托评估机构")));
    }

    @Test
    void refusesAnExpertWithADeclaredInterestInTheMatter() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(ID), true)).given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_CONFLICT"))
                .expectExceptionMessage(allOf(containsString(CONFLICTED.value()), containsString("利害关系")));
    }

    @Test
    void refusesAnExpertWhoLeftThePool() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(), false)).given(reported())
                .when(review(CLEAN, CONFLICTED), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_NOT_IN_POOL"));
    }

    @Test
    void refusesAnExpertUnknownToThePool() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(), true)).given(reported())
                .when(review(CLEAN, new ExpertId("expert-nobody")), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("R5_EXPERT_NOT_IN_POOL"));
    }

    @Test
    void refusesAReviewBeforeTheReport() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(), true))
                .given(registered(Procedure.STANDARD), graded(RiskLevel.LOW))
                .when(review(CLEAN), as(EXPERT))
                .expectNoEvents()
                .expectException(RefusedWith.code("REPORT_NOT_COMPILED"));
    }

    @Test
    void refusesAReviewByAnAssessor() {
        with(expert(CONFLICTED, List.of(), List.of(), List.of(), true)).given(reported())
                .when(review(CLEAN), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_ROLE_NOT_PERMITTED"));
    }
}
