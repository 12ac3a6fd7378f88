package org.wenping.command.inquiry;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.command.matter.RefusedWith;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.InquiryConcludedEvent;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.Responsibility;
import org.wenping.kernel.inquiry.SanctionImposedEvent;
import org.wenping.kernel.inquiry.SanctionKind;

import java.util.List;

import static org.wenping.command.inquiry.Subject.*;

/** Only inspectors of the subject's jurisdiction inquire; sanctions need findings; nothing after the conclusion. */
class AccountabilityInquiryTest {
    private AggregateTestFixture<AccountabilityInquiry> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture(new TestSubjects().with(MATTER, assessedAndMitigated()));
    }

    private static OpenInquiryCommand open(String subjectId) {
        return new OpenInquiryCommand(INQUIRY, subjectId, DUNHUANG, InquiryReason.INCIDENT, "征地群众集体上访", DAY);
    }

    private static RecordFindingCommand finding() {
        return new RecordFindingCommand(INQUIRY, null, "finding-1", "decider", Breach.ASSESSMENT_IGNORED,
                List.of(DECISION), "决策未采纳评估结论", DAY);
    }

    private static FindingRecordedEvent found() {
        return new FindingRecordedEvent(INQUIRY, "finding-1", "decider", "李决策", "市政府常务会议",
                List.of(RecordRole.DECIDED), Responsibility.PRINCIPAL, Breach.ASSESSMENT_IGNORED, List.of(DECISION),
                true, "决策前已评估定级(事件序号 1),所定 1 项化解措施均已落实", "决策未采纳评估结论", DAY);
    }

    @Test
    void anInspectorOfTheCityOpensAnInquiryIntoAMatterOfItsCounty() {
        fixture.givenNoPriorActivity()
                .when(open(MATTER), as(INSPECTOR))
                .expectEvents(opened());
    }

    @Test
    void refusesAnInquiryIntoARecordThatDoesNotExist() {
        fixture.givenNoPriorActivity()
                .when(open("m-unknown"), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("SUBJECT_NOT_FOUND"));
    }

    @Test
    void refusesAnyRoleButTheInspectorToOpenAnInquiry() {
        fixture.givenNoPriorActivity()
                .when(open(MATTER), as(SUPERVISOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_ROLE_NOT_PERMITTED"));
    }

    @Test
    void refusesAnInspectorOutsideTheSubjectsJurisdiction() {
        fixture.givenNoPriorActivity()
                .when(open(MATTER), as(LANZHOU_INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_OUTSIDE_JURISDICTION"));
    }

    @Test
    void checksTheSubjectsOwnJurisdictionWhateverTheCommandNames() {
        fixture.givenNoPriorActivity()
                .when(new OpenInquiryCommand(INQUIRY, MATTER, LANZHOU_INSPECTOR.jurisdiction(), InquiryReason.COMPLAINT,
                        "来信反映", DAY), as(LANZHOU_INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_OUTSIDE_JURISDICTION"));
    }

    @Test
    void refusesAFindingFromAnyRoleButTheInspector() {
        fixture.given(opened())
                .when(finding(), as(DECIDER))
                .expectNoEvents()
                .expectException(RefusedWith.code("R9_ROLE_NOT_PERMITTED"));
    }

    @Test
    void imposesASanctionOnAFinding() {
        fixture.given(opened(), found())
                .when(new ImposeSanctionCommand(INQUIRY, null, "finding-1", SanctionKind.ADMONITORY_TALK, "诫勉谈话一次", DAY),
                        as(INSPECTOR))
                .expectEvents(new SanctionImposedEvent(INQUIRY, "finding-1", SanctionKind.ADMONITORY_TALK, "诫勉谈话一次", DAY));
    }

    @Test
    void refusesASanctionOnAFindingNeverRecorded() {
        fixture.given(opened())
                .when(new ImposeSanctionCommand(INQUIRY, null, "finding-1", SanctionKind.PUBLIC_CRITICISM, "通报", DAY),
                        as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("FINDING_UNKNOWN"));
    }

    @Test
    void concludesTheInquiry() {
        fixture.given(opened(), found())
                .when(new ConcludeInquiryCommand(INQUIRY, null, "决策机关负主要责任", DAY), as(INSPECTOR))
                .expectEvents(new InquiryConcludedEvent(INQUIRY, "决策机关负主要责任", DAY));
    }

    @Test
    void recordsNoFindingAfterTheConclusion() {
        fixture.given(opened(), new InquiryConcludedEvent(INQUIRY, "无责任", DAY))
                .when(finding(), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("INQUIRY_CONCLUDED"));
    }

    @Test
    void imposesNoSanctionAfterTheConclusion() {
        fixture.given(opened(), found(), new InquiryConcludedEvent(INQUIRY, "决策机关负主要责任", DAY))
                .when(new ImposeSanctionCommand(INQUIRY, null, "finding-1", SanctionKind.PUBLIC_CRITICISM, "通报", DAY),
                        as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("INQUIRY_CONCLUDED"));
    }

    @Test
    void concludesOnlyOnce() {
        fixture.given(opened(), new InquiryConcludedEvent(INQUIRY, "无责任", DAY))
                .when(new ConcludeInquiryCommand(INQUIRY, null, "再次结论", DAY), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("INQUIRY_CONCLUDED"));
    }
}
