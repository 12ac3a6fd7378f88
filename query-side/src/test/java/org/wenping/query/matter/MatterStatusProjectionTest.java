package org.wenping.query.matter;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.*;
import org.wenping.query.readmodel.ReadModels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MatterStatusProjectionTest {
    static final MatterId ID = new MatterId("m-1");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00Z");

    MongoServer server;
    MongoClient client;
    MatterStatusRepository views;
    MatterStatusProjection projection;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        views = new MatterStatusRepository(new ReadModels(client.getDatabase("test")), ListingSource.CATALOG);
        projection = new MatterStatusProjection(views, List.of());
        Actor assessor = new Actor("assessor", "张评估", Role.ASSESSOR, "市发改委", new JurisdictionCode("620900"));
        projection.on(new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通", "市发改委",
                "市政府常务会议", new JurisdictionCode("620982"), Procedure.SIMPLIFIED, AssessorMode.SELF,
                GradingScheme.THREE_LEVEL, MARCH_1), MetaData.from(EventMetadata.of(assessor)), 0, T0);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    void apply(MatterEvent event, long sequence, Instant at) {
        projection.on(event, MetaData.emptyInstance(), sequence, at);
    }

    MatterStatusView view() {
        return views.findById(ID.value()).orElseThrow();
    }

    @Test
    void registrationCreatesTheViewWithItsFactsAndActor() {
        assertThat(view().progress().stage()).isEqualTo(MatterStage.REGISTERED);
        assertThat(view().progress().stageLabel()).isEqualTo("已立项");
        assertThat(view().registration().registeredBy().userId()).isEqualTo("assessor");
        assertThat(view().version()).isZero();
    }

    @Test
    void followsTheMatterThroughAssessmentDecisionTrackingAndClosure() {
        apply(new AssessmentPlanDraftedEvent(ID, "范围", List.of("座谈会"), "标准", MARCH_1.plusDays(30), List.of(), MARCH_1), 1, T0);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.ASSESSING);
        assertThat(view().assessment().assessmentDueBy()).isEqualTo(MARCH_1.plusDays(30));

        apply(new RiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.MEDIUM, List.of("理由"), MARCH_1), 2, T0);
        apply(new ProcedureEscalatedEvent(ID, Procedure.SIMPLIFIED, Procedure.STANDARD, "中风险", MARCH_1), 3, T0);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.GRADED);
        assertThat(view().assessment().riskLevel()).isEqualTo("MEDIUM");
        assertThat(view().assessment().procedure()).isEqualTo("STANDARD");

        apply(new DecisionMadeEvent(ID, Decision.IMPLEMENT, RiskLevel.MEDIUM, "常务会议", "急需实施", true,
                MARCH_1, MARCH_1.plusDays(1)), 4, T0);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.DECIDED);
        assertThat(view().decision().assessmentNotUsed()).isTrue();
        assertThat(view().decision().filing().overdueOn(MARCH_1.plusDays(2))).isTrue();

        apply(new ReportFiledEvent(ID, FilingStage.DECISION, "备1", MARCH_1.plusDays(3), MARCH_1.plusDays(1), true), 5, T0);
        assertThat(view().decision().filing().overdueOn(MARCH_1.plusDays(5))).isFalse();
        assertThat(view().decision().filing().decisionFiledLate()).isTrue();

        apply(new MitigationMeasureAdoptedEvent(ID, "ms-1", "措施", "单位", "人", MARCH_1, MARCH_1), 6, T0);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.TRACKING);
        assertThat(view().tracking().openMeasures()).isEqualTo(1);
        apply(new MitigationMeasureCompletedEvent(ID, "ms-1", "完成", MARCH_1), 7, T0);
        assertThat(view().tracking().openMeasures()).isZero();

        apply(new IncidentReportedEvent(ID, IncidentForm.COLLECTIVE_PETITION, 30, MARCH_1, "广场", "上访"), 8, T0);
        apply(new ReassessmentOpenedEvent(ID, ReassessmentTrigger.values()[0], "事件", MARCH_1), 9, T0);
        assertThat(view().tracking().incidents()).isEqualTo(1);
        assertThat(view().tracking().incidentsAfterDecision()).isEqualTo(1);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.REASSESSING);

        apply(new MatterClosedEvent(ID, "办结", MARCH_1.plusDays(60)), 10, T0);
        assertThat(view().progress().stage()).isEqualTo(MatterStage.CLOSED);
        assertThat(view().progress().closedOn()).isEqualTo(MARCH_1.plusDays(60));
        assertThat(view().version()).isEqualTo(10);
    }

    @Test
    void eventsThatChangeNoFieldStillMoveTheVersion() {
        apply(new OpinionsCollectedEvent(ID, OpinionMethod.SYMPOSIUM, 10, 8, 1, "意见", MARCH_1), 1, T0.plusSeconds(5));
        assertThat(view().version()).isEqualTo(1);
        assertThat(view().progress().lastChangedAt()).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        apply(new MitigationMeasureAdoptedEvent(ID, "ms-1", "措施", "单位", "人", MARCH_1, MARCH_1), 1, T0);
        apply(new MitigationMeasureAdoptedEvent(ID, "ms-1", "措施", "单位", "人", MARCH_1, MARCH_1), 1, T0);
        assertThat(view().tracking().openMeasures()).isEqualTo(1);
    }

    @Test
    void aRedeliveredRegistrationDoesNotResetTheView() {
        apply(new RiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.HIGH, List.of("理由"), MARCH_1), 1, T0);
        apply(new MatterRegisteredEvent(ID, "另一个标题", MatterCategory.POLICY, "教育", "单位", "机关",
                new JurisdictionCode("620902"), Procedure.STANDARD, AssessorMode.SELF, GradingScheme.THREE_LEVEL, MARCH_1), 0, T0);
        assertThat(view().facts().title()).isEqualTo("敦煌机场扩建项目");
        assertThat(view().assessment().riskLevel()).isEqualTo("HIGH");
        assertThat(view().version()).isEqualTo(1);
    }

    @Test
    void resetEmptiesTheViewsAndTheCatalog() {
        projection.reset();
        assertThat(views.findById(ID.value())).isEmpty();
        assertThat(views.all()).isEmpty();
    }
}
