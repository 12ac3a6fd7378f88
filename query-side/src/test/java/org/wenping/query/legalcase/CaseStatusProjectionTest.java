package org.wenping.query.legalcase;

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
import org.wenping.kernel.legalcase.*;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.query.matter.ListingSource;
import org.wenping.query.readmodel.ReadModels;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusProjectionTest {
    static final CaseId ID = new CaseId("c-1");
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor HANDLER = new Actor("handler", "陈承办", Role.HANDLER, "肃州区人民法院",
            new JurisdictionCode("620902"));

    MongoServer server;
    MongoClient client;
    CaseStatusRepository views;
    CaseStatusProjection projection;
    long sequence;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
        views = new CaseStatusRepository(new ReadModels(client.getDatabase("test")), ListingSource.CATALOG);
        projection = new CaseStatusProjection(views);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static CaseListedEvent listed(CaseClass caseClass) {
        return new CaseListedEvent(ID, "(2026)甘0902民初1号", Organ.COURT, "肃州区人民法院", caseClass, "handler",
                "caselead", "organhead", "征地补偿纠纷",
                List.of(new SealedPersonalData("c-1-p1", "AES-256-GCM", "c2VhbGVk")), ProceduralStage.ACCEPTANCE,
                new JurisdictionCode("620902"), GradingScheme.THREE_LEVEL, MARCH_2, MARCH_2);
    }

    void apply(CaseEvent event) {
        projection.on(event, MetaData.from(EventMetadata.of(HANDLER)), sequence++, T0.plusSeconds(sequence));
    }

    CaseStatusView view() {
        return views.findById(ID.value()).orElseThrow();
    }

    void assessedAndGraded() {
        for (CaseDimension dimension : CaseDimension.values()) {
            apply(new CaseDimensionAssessedEvent(ID, dimension, "发现", List.of(PredictedForm.PETITION), MARCH_2));
        }
        apply(new CaseRiskGradedEvent(ID, GradingScheme.THREE_LEVEL, RiskLevel.MEDIUM, List.of("理由"), MARCH_2));
    }

    @Test
    void aMajorCaseIsHeldBackFromItsListingUntilItsRiskIsResolved() {
        apply(listed(CaseClass.MAJOR_DIFFICULT_COMPLEX));
        assertThat(view().heldBack()).isTrue();
        assertThat(view().progress().stage()).isEqualTo(CaseStage.LISTED);
        assertThat(view().listing().listedBy().userId()).isEqualTo("handler");
        assertThat(view().persons()).containsExactly(new SealedPerson("c-1-p1", "SEALED", null));

        assessedAndGraded();
        assertThat(view().progress().stage()).isEqualTo(CaseStage.GRADED);
        assertThat(view().risk().assessedDimensions()).containsExactly("LEGALITY", "REASONABLENESS", "CONTROLLABILITY");
        assertThat(view().heldBack()).isTrue();

        apply(new CaseRiskResolvedEvent(ID, ProceduralStage.ACCEPTANCE, "达成谅解", MARCH_2));
        assertThat(view().heldBack()).isFalse();
        apply(new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "判决", ProceduralStage.ACCEPTANCE, false, MARCH_2));
        assertThat(view().progress().stage()).isEqualTo(CaseStage.RULED);
        assertThat(view().ruling().resolvedBeforeRuling()).isTrue();
        assertThat(view().version()).isEqualTo(6);
    }

    @Test
    void anUnassessedCaseOfAnotherClassIsNotHeldBackAndIsRuledWithoutResolution() {
        apply(listed(CaseClass.SEIZURE_AND_FREEZE));
        assertThat(view().heldBack()).isFalse();
        apply(new CaseRulingMadeEvent(ID, RulingKind.ORDER, "裁定", ProceduralStage.ACCEPTANCE, true, MARCH_2));
        assertThat(view().ruling().resolvedBeforeRuling()).isFalse();
        assertThat(view().ruling().utmostCaution()).isTrue();
    }

    @Test
    void aNewProceduralStageReopensTheAssessmentAndHoldsTheNextRulingAgain() {
        apply(listed(CaseClass.PUBLIC_CONCERN));
        assessedAndGraded();
        apply(new CaseRiskResolvedEvent(ID, ProceduralStage.ACCEPTANCE, "化解", MARCH_2));
        apply(new CaseRulingMadeEvent(ID, RulingKind.JUDGMENT, "一审判决", ProceduralStage.ACCEPTANCE, false, MARCH_2));
        apply(new CaseStageChangedEvent(ID, ProceduralStage.TRIAL, ProceduralStage.ENFORCEMENT, "进入执行", MARCH_2));

        assertThat(view().progress().stage()).isEqualTo(CaseStage.LISTED);
        assertThat(view().progress().proceduralStage()).isEqualTo("ENFORCEMENT");
        assertThat(view().risk().riskLevel()).isNull();
        assertThat(view().risk().reassessments()).isEqualTo(1);
        assertThat(view().heldBack()).isTrue();
    }

    @Test
    void anErasedPersonStaysAReferenceAndARedeliveredEventChangesNothing() {
        apply(listed(CaseClass.PUBLIC_CONCERN));
        apply(new PersonalDataErasedEvent(ID, "c-1-p1", "PIPL 第47条", MARCH_2));
        assertThat(view().persons()).containsExactly(new SealedPerson("c-1-p1", "ERASED", null));

        projection.on(new CaseVisitRecordedEvent(ID, "陈承办", "回访", MARCH_2), MetaData.emptyInstance(), 1, T0);
        assertThat(view().progress().visits()).isZero();
        assertThat(view().version()).isEqualTo(1);
    }
}
