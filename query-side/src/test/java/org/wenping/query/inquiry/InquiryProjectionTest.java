package org.wenping.query.inquiry;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.InquiryConcludedEvent;
import org.wenping.kernel.inquiry.InquiryEvent;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.InquiryOpenedEvent;
import org.wenping.kernel.inquiry.InquiryReason;
import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.Responsibility;
import org.wenping.kernel.inquiry.SanctionImposedEvent;
import org.wenping.kernel.inquiry.SanctionKind;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.query.readmodel.ReadModels;
import org.wenping.query.testing.RecordingMongo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The inquiry read model: views, the per-subject and per-person lists, scope, and reads served by {@code _id} alone. */
class InquiryProjectionTest {
    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    private static final Instant AT = Instant.parse("2026-05-04T02:00:00Z");
    private static final InquiryId INQUIRY = new InquiryId("inq-1");
    private static final Actor INSPECTOR = new Actor("inspector", "孙督查", Role.INSPECTOR, "市纪委监委",
            new JurisdictionCode("620900"));
    private static final Actor LANZHOU = new Actor("lz", "兰督查", Role.INSPECTOR, "兰州市纪委", new JurisdictionCode("620100"));

    private final RecordingMongo mongo = new RecordingMongo();
    private InquiryRepository repository;
    private InquiryProjection projection;
    private InquiryController controller;

    @BeforeEach
    void start() {
        repository = new InquiryRepository(new ReadModels(mongo.database()));
        projection = new InquiryProjection(repository);
        controller = new InquiryController(repository);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void project(long sequence, InquiryEvent event) {
        DefaultUnitOfWork.startAndGet(null).execute(() ->
                projection.on(event, MetaData.from(EventMetadata.of(INSPECTOR)), sequence, AT));
    }

    private static FindingRecordedEvent finding(String id, String person) {
        return new FindingRecordedEvent(INQUIRY, id, person, "李决策", "市政府常务会议", List.of(RecordRole.DECIDED),
                Responsibility.PRINCIPAL, Breach.ASSESSMENT_IGNORED, List.of(5L), true, "决策前已评估定级", "查明", DAY);
    }

    private void oneInquiryToItsConclusion() {
        project(0, new InquiryOpenedEvent(INQUIRY, "m-airport", SubjectKind.MATTER, "敦煌机场扩建项目",
                InquiryReason.INCIDENT, "征地群众集体上访", new JurisdictionCode("620982"), DAY));
        project(1, finding("finding-1", "decider"));
        project(2, new SanctionImposedEvent(INQUIRY, "finding-1", SanctionKind.ADMONITORY_TALK, "诫勉谈话", DAY));
        project(3, new InquiryConcludedEvent(INQUIRY, "决策机关负主要责任", DAY));
    }

    @Test
    void projectsAnInquiryFromOpeningToConclusion() {
        oneInquiryToItsConclusion();

        InquiryView view = repository.findAll(List.of("inq-1")).get(0);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.subjectKind().label()).isEqualTo("重大事项");
        assertThat(view.reason().label()).isEqualTo("不稳定事件");
        assertThat(view.openedBy().userId()).isEqualTo("inspector");
        assertThat(view.conclusion()).isEqualTo("决策机关负主要责任");
        FindingView finding = view.findings().get(0);
        assertThat(finding.breach().label()).isEqualTo("评而不用");
        assertThat(finding.responsibility().label()).isEqualTo("主要责任人");
        assertThat(finding.roles()).extracting(r -> r.label()).containsExactly("决策或裁决");
        assertThat(finding.sanctions()).extracting(s -> s.kind().label()).containsExactly("诫勉谈话");
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        oneInquiryToItsConclusion();
        project(2, new SanctionImposedEvent(INQUIRY, "finding-1", SanctionKind.ADMONITORY_TALK, "诫勉谈话", DAY));
        project(1, finding("finding-1", "decider"));

        InquiryView view = repository.findAll(List.of("inq-1")).get(0);
        assertThat(view.findings()).hasSize(1);
        assertThat(view.findings().get(0).sanctions()).hasSize(1);
        assertThat(controller.findingsNaming(INSPECTOR, "decider")).hasSize(1);
    }

    @Test
    void listsInquiriesPerSubjectAndFindingsPerPersonInsideTheReadersJurisdictionOnly() {
        oneInquiryToItsConclusion();

        assertThat(repository.forSubject("m-airport").orElseThrow().inquiries()).extracting(InquiryView::id)
                .containsExactly("inq-1");
        assertThat(controller.findingsNaming(INSPECTOR, "decider")).singleElement().satisfies(found -> {
            assertThat(found.subjectTitle()).isEqualTo("敦煌机场扩建项目");
            assertThat(found.inquiryConcluded()).isTrue();
            assertThat(found.finding().sanctions()).hasSize(1);
        });
        assertThat(controller.findingsNaming(LANZHOU, "decider")).isEmpty();
        assertThat(controller.findingsNaming(INSPECTOR, "nobody")).isEmpty();
    }

    @Test
    void everyReadIsAnIdEqualityOrAnIdIn() {
        oneInquiryToItsConclusion();
        project(4, finding("finding-2", "assessor"));
        repository.forSubject("m-airport");
        controller.findingsNaming(INSPECTOR, "decider");

        assertThat(mongo.findFilters()).isNotEmpty().allSatisfy(filter -> {
            assertThat(filter.keySet()).containsExactly("_id");
            if (filter.get("_id").isDocument()) {
                assertThat(filter.getDocument("_id").keySet()).containsExactly("$in");
            }
        });
    }
}
