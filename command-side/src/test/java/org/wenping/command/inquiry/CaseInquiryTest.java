package org.wenping.command.inquiry;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.wenping.command.matter.RefusedWith;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.InquiryOpenedEvent;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.Responsibility;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseRiskGradedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.command.inquiry.Subject.DAY;
import static org.wenping.command.inquiry.Subject.INQUIRY;
import static org.wenping.command.inquiry.Subject.INSPECTOR;
import static org.wenping.command.inquiry.Subject.as;

/**
 * An inquiry into a 政法 case (seed 004 篇4: 主要领导 第一责任人, 分管领导 主要责任人, 承办人 直接责任人): the 承办人
 * handles, leaders supervise what they handle, whoever rules decides.
 */
class CaseInquiryTest {
    private static final String CASE = "c-2026-017";
    private static final JurisdictionCode SUZHOU = new JurisdictionCode("620902");
    private static final Actor HANDLER = new Actor("handler", "张承办", Role.HANDLER, "肃州区人民法院", SUZHOU);
    private static final Actor CASE_LEAD = new Actor("caselead", "李分管", Role.CASE_LEAD, "肃州区人民法院", SUZHOU);
    private static final Actor ORGAN_HEAD = new Actor("organhead", "王院长", Role.ORGAN_HEAD, "肃州区人民法院", SUZHOU);
    private static final CaseId ID = new CaseId(CASE);

    /** Listed (0), graded (1), a measure adopted and never carried out (2), ruled by the head (3), closed by the lead (4). */
    private static List<StreamedEvent> ruledWithAMeasureOutstanding() {
        List<Object> payloads = List.of(
                new CaseListedEvent(ID, "(2026)甘0902民初17号", Organ.COURT, "肃州区人民法院", CaseClass.MAJOR_DIFFICULT_COMPLEX,
                        "张承办", "李分管", "王院长", "土地承包经营权纠纷", List.of(), ProceduralStage.ACCEPTANCE, SUZHOU,
                        GradingScheme.THREE_LEVEL, DAY, DAY),
                new CaseRiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.MEDIUM, List.of("涉及人数多"), DAY),
                new CaseMeasureAdoptedEvent(ID, "m1", "诉前调解", "肃州区司法局", "赵调解", DAY.plusDays(7), DAY),
                new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "驳回诉讼请求", ProceduralStage.TRIAL, false, DAY),
                new CaseClosedEvent(ID, "结案", DAY));
        List<Actor> actors = List.of(HANDLER, HANDLER, HANDLER, ORGAN_HEAD, CASE_LEAD);
        List<StreamedEvent> stream = new ArrayList<>();
        for (int i = 0; i < payloads.size(); i++) {
            stream.add(new StreamedEvent(i, "event-" + i, payloads.get(i), actors.get(i)));
        }
        return stream;
    }

    private final AggregateTestFixture<AccountabilityInquiry> fixture =
            Subject.fixture(new TestSubjects().with(CASE, ruledWithAMeasureOutstanding()));

    private static InquiryOpenedEvent opened() {
        return new InquiryOpenedEvent(INQUIRY, CASE, SubjectKind.CASE, "(2026)甘0902民初17号", InquiryReason.INCIDENT,
                "判决后当事人越级上访", SUZHOU, DAY);
    }

    private static FindingRecordedEvent found(Actor person, List<RecordRole> roles, Responsibility responsibility,
                                              Breach breach, Long evidence) {
        return new FindingRecordedEvent(INQUIRY, "finding-1", person.userId(), person.displayName(), person.unit(), roles,
                responsibility, breach, List.of(evidence), false, null, "查明", DAY);
    }

    @Test
    void eachEventOfTheCaseShowsThePartItsRecorderPlayed() {
        SubjectHistory history = EventSourcedSubjects.read(ruledWithAMeasureOutstanding()).orElseThrow();

        assertThat(history.kind()).isEqualTo(SubjectKind.CASE);
        assertThat(history.jurisdiction()).isEqualTo(SUZHOU);
        assertThat(history.acts()).extracting(SubjectAct::role).containsExactly(RecordRole.REGISTERED,
                RecordRole.GRADED, RecordRole.HANDLED, RecordRole.DECIDED, RecordRole.SUPERVISED);
        assertThat(history.mitigationGrounds()).isNull();
    }

    @Test
    void opensAnInquiryIntoACase() {
        fixture.givenNoPriorActivity()
                .when(new OpenInquiryCommand(INQUIRY, CASE, SUZHOU, InquiryReason.INCIDENT, "判决后当事人越级上访", DAY),
                        as(INSPECTOR))
                .expectEvents(opened());
    }

    /** Who ruled, who left a measure undone, who closed: each answers as their role in the organ makes them. */
    static Stream<Arguments> personsOfTheCase() {
        return Stream.of(
                Arguments.of(ORGAN_HEAD, Breach.ASSESSMENT_IGNORED, 3L, List.of(RecordRole.DECIDED), Responsibility.FIRST),
                Arguments.of(HANDLER, Breach.MITIGATION_NOT_CARRIED_OUT, 2L,
                        List.of(RecordRole.REGISTERED, RecordRole.GRADED, RecordRole.HANDLED), Responsibility.DIRECT),
                Arguments.of(CASE_LEAD, Breach.FORMALISM, 4L, List.of(RecordRole.SUPERVISED), Responsibility.PRINCIPAL));
    }

    @ParameterizedTest
    @MethodSource("personsOfTheCase")
    void eachPersonAnswersByTheirRoleInTheOrgan(Actor person, Breach breach, Long evidence, List<RecordRole> roles,
                                                 Responsibility responsibility) {
        fixture.given(opened())
                .when(new RecordFindingCommand(INQUIRY, null, "finding-1", person.userId(), breach, List.of(evidence),
                        "查明", DAY), as(INSPECTOR))
                .expectEvents(found(person, roles, responsibility, breach, evidence));
    }

    @Test
    void refusesACitationBeyondTheCasesHistory() {
        fixture.given(opened())
                .when(new RecordFindingCommand(INQUIRY, null, "finding-1", "handler", Breach.FORMALISM,
                        List.of(5L), "查明", DAY), as(INSPECTOR))
                .expectNoEvents()
                .expectException(RefusedWith.code("EVIDENCE_NOT_IN_SUBJECT"));
    }
}
