package org.wenping.command.inquiry;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.wenping.command.matter.RefusedWith;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.Responsibility;

import java.util.List;

import static org.wenping.command.inquiry.Subject.*;

/**
 * A finding rests on the subject's own events and names who acted in them: roles, name, unit and responsibility come
 * from the record, and so does 酌情减轻 (seed 004 篇3).
 */
class FindingTest {
    private static final String MITIGATED = "决策前已评估定级(事件序号 1),所定 1 项化解措施均已落实";

    private static AggregateTestFixture<AccountabilityInquiry> inquiryInto(List<StreamedEvent> stream) {
        return fixture(new TestSubjects().with(MATTER, stream));
    }

    private static RecordFindingCommand finding(String person, Breach breach, Long... evidence) {
        return new RecordFindingCommand(INQUIRY, null, "finding-1", person, breach, List.of(evidence), "查明", DAY);
    }

    private static FindingRecordedEvent found(String person, String name, String unit, List<RecordRole> roles,
                                              Responsibility responsibility, Breach breach, List<Long> evidence,
                                              String mitigation) {
        return new FindingRecordedEvent(INQUIRY, "finding-1", person, name, unit, roles, responsibility, breach, evidence,
                mitigation != null, mitigation, "查明", DAY);
    }

    @Test
    void theDecisionMakerIsFoundPrincipallyResponsibleAndLightenedWhereTheMatterWasAssessedAndMitigated() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("decider", Breach.ASSESSMENT_IGNORED, DECISION), as(INSPECTOR))
                .expectEvents(found("decider", "李决策", "市政府常务会议", List.of(RecordRole.DECIDED),
                        Responsibility.PRINCIPAL, Breach.ASSESSMENT_IGNORED, List.of(DECISION), MITIGATED));
    }

    @Test
    void isNotLightenedWhereAnAdoptedMeasureWasNeverCarriedOut() {
        inquiryInto(measureNotCarriedOut()).given(opened())
                .when(finding("decider", Breach.ASSESSMENT_IGNORED, DECISION), as(INSPECTOR))
                .expectEvents(found("decider", "李决策", "市政府常务会议", List.of(RecordRole.DECIDED),
                        Responsibility.PRINCIPAL, Breach.ASSESSMENT_IGNORED, List.of(DECISION), null));
    }

    @Test
    void aFalsifiedAssessmentIsNeverLightened() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("assessor", Breach.FALSIFICATION, 2L, 1L), as(INSPECTOR))
                .expectEvents(found("assessor", "张评估", "敦煌市发改委", List.of(RecordRole.GRADED, RecordRole.ASSESSED),
                        Responsibility.DIRECT, Breach.FALSIFICATION, List.of(1L, 2L), null));
    }

    @Test
    void refusesEvidenceThatIsNotInTheSubjectsHistory() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("decider", Breach.ASSESSMENT_IGNORED, DECISION, 42L), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("EVIDENCE_NOT_IN_SUBJECT"));
    }

    @Test
    void refusesAFindingThatCitesNothing() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("decider", Breach.ASSESSMENT_IGNORED), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("EVIDENCE_REQUIRED"));
    }

    @Test
    void refusesAPersonWhoNeverActedInTheSubjectsRecord() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("someone-else", Breach.NOT_ASSESSED, DECISION), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("PERSON_NOT_IN_RECORD"));
    }

    @Test
    void refusesABreachByActWhenThePersonRecordedNoneOfTheEventsCited() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("assessor", Breach.ASSESSMENT_IGNORED, DECISION), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("PERSON_NOT_IN_EVIDENCE"));
    }

    @Test
    void aBreachOfOmissionNamesThePersonByEveryPartTheyPlayedInTheRecord() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("assessor", Breach.MISSED_REPORT, DECISION), as(INSPECTOR))
                .expectEvents(found("assessor", "张评估", "敦煌市发改委",
                        List.of(RecordRole.REGISTERED, RecordRole.GRADED, RecordRole.ASSESSED, RecordRole.HANDLED),
                        Responsibility.DIRECT, Breach.MISSED_REPORT, List.of(DECISION), MITIGATED));
    }

    @Test
    void refusesAFindingFromAnInspectorOutsideTheInquirysJurisdiction() {
        inquiryInto(assessedAndMitigated()).given(opened())
                .when(finding("decider", Breach.ASSESSMENT_IGNORED, DECISION), as(LANZHOU_INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_OUTSIDE_JURISDICTION"));
    }
}
