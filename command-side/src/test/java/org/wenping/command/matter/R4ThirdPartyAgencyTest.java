package org.wenping.command.matter;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.wenping.command.registry.RegisteredAgency;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.registry.AgencyId;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.command.matter.Given.*;

/** R4: 委托第三方 needs a registered agency and a lawful selection method (seed 002). */
class R4ThirdPartyAgencyTest {
    private static final AgencyId REGISTERED = new AgencyId("agency-1");
    private static final AgencyId STRUCK_OFF = new AgencyId("agency-2");
    private static final AgencyId UNKNOWN = new AgencyId("agency-3");
    private static final AgencyId PROVINCIAL = new AgencyId("agency-4");
    private static final AgencyId LANZHOU = new AgencyId("agency-5");

    private AggregateTestFixture<Matter> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestRegistry()
                .with(new RegisteredAgency(REGISTERED, "甘肃某社会风险评估中心", JIUQUAN, true))
                .with(new RegisteredAgency(STRUCK_OFF, "某咨询公司", JIUQUAN, false))
                .with(new RegisteredAgency(PROVINCIAL, "甘肃省社会稳定风险评估研究院", new JurisdictionCode("620000"), true))
                .with(new RegisteredAgency(LANZHOU, "兰州某评估公司", new JurisdictionCode("620100"), true)));
    }

    private static CommissionAgencyCommand commission(AgencyId agency, SelectionMethod method) {
        return new CommissionAgencyCommand(ID, null, agency, method, DAY);
    }

    private static Object thirdParty() {
        return registered(Procedure.STANDARD, AssessorMode.THIRD_PARTY, GradingScheme.THREE_LEVEL);
    }

    @ParameterizedTest
    @EnumSource(value = SelectionMethod.class, names = "DIRECT_APPOINTMENT", mode = EnumSource.Mode.EXCLUDE)
    void commissionsARegisteredAgencySelectedLawfully(SelectionMethod method) {
        fixture.given(thirdParty())
                .when(commission(REGISTERED, method), as(ASSESSOR))
                .expectEvents(new AssessmentAgencyCommissionedEvent(ID, REGISTERED, method, DAY));
    }

    @Test
    void refusesAnUnlawfulSelectionMethod() {
        fixture.given(thirdParty())
                .when(commission(REGISTERED, SelectionMethod.DIRECT_APPOINTMENT), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_UNLAWFUL_SELECTION"))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("直接指定"));
    }

    @Test
    void refusesAnAgencyThatWasNeverRegistered() {
        fixture.given(thirdParty())
                .when(commission(UNKNOWN, SelectionMethod.OPEN_TENDER), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_AGENCY_NOT_REGISTERED"));
    }

    @Test
    void refusesAnAgencyStruckFromTheRegistry() {
        fixture.given(thirdParty())
                .when(commission(STRUCK_OFF, SelectionMethod.OPEN_TENDER), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_AGENCY_NOT_REGISTERED"));
    }

    @Test
    void aProvincialAgencyServesTheMattersOfItsCitiesAndCounties() {
        fixture.given(thirdParty())
                .when(commission(PROVINCIAL, SelectionMethod.OPEN_TENDER), as(ASSESSOR))
                .expectEvents(new AssessmentAgencyCommissionedEvent(ID, PROVINCIAL, SelectionMethod.OPEN_TENDER, DAY));
    }

    @Test
    void refusesAnAgencyRegisteredInAnotherJurisdiction() {
        fixture.given(thirdParty())
                .when(commission(LANZHOU, SelectionMethod.OPEN_TENDER), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_AGENCY_OUTSIDE_JURISDICTION"));
    }

    @Test
    void refusesACommissionForASelfAssessedMatter() {
        fixture.given(registered(Procedure.STANDARD))
                .when(commission(REGISTERED, SelectionMethod.OPEN_TENDER), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_NOT_THIRD_PARTY"));
    }

    @Test
    void refusesToGradeAThirdPartyAssessmentWithoutACommissionedAgency() {
        fixture.given(thirdParty())
                .when(new GradeRiskCommand(ID, null, RiskLevel.LOW, List.of("风险可控"), DAY), as(ASSESSOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R4_NO_AGENCY_COMMISSIONED"));
    }

    @Test
    void gradesAThirdPartyAssessmentOnceAnAgencyIsCommissioned() {
        fixture.given(thirdParty(), new AssessmentAgencyCommissionedEvent(ID, REGISTERED, SelectionMethod.OPEN_TENDER, DAY))
                .when(new GradeRiskCommand(ID, null, RiskLevel.LOW, List.of("征地补偿标准存在分歧"), DAY), as(ASSESSOR))
                .expectEvents(graded(RiskLevel.LOW));
    }

    @Test
    void theRefusalsCarryStableCodes() {
        assertThat(ThirdPartyAgencyException.notRegistered(UNKNOWN).code()).isEqualTo("R4_AGENCY_NOT_REGISTERED");
        assertThat(ThirdPartyAgencyException.unlawfulSelection(SelectionMethod.DIRECT_APPOINTMENT).code())
                .isEqualTo("R4_UNLAWFUL_SELECTION");
        assertThat(ThirdPartyAgencyException.notCommissioned().code()).isEqualTo("R4_NO_AGENCY_COMMISSIONED");
        assertThat(ThirdPartyAgencyException.notThirdParty().code()).isEqualTo("R4_NOT_THIRD_PARTY");
    }
}
