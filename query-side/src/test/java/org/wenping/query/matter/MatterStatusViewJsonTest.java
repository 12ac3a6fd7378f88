package org.wenping.query.matter;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.*;
import org.wenping.query.batch.ViewDocuments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view is made of parts, but it is stored and answered as the one flat object it always was. */
class MatterStatusViewJsonTest {
    static final MatterId ID = new MatterId("m-1");
    static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);
    static final Instant T0 = Instant.parse("2026-03-01T02:00:00.500Z");

    static MatterStatusView decidedAndFiled() {
        Actor assessor = new Actor("assessor", "张评估", Role.ASSESSOR, "市发改委", new JurisdictionCode("620900"));
        return MatterStatusView.registered(new MatterRegisteredEvent(ID, "敦煌机场扩建项目", MatterCategory.PROJECT, "交通",
                        "市发改委", "市政府常务会议", new JurisdictionCode("620982"), Procedure.STANDARD, AssessorMode.SELF,
                        GradingScheme.THREE_LEVEL, MARCH_1), assessor, T0)
                .planned(MARCH_1.plusDays(30))
                .graded(RiskLevel.MEDIUM)
                .decided(new DecisionMadeEvent(ID, Decision.IMPLEMENT, RiskLevel.MEDIUM, "常务会议", null, false,
                        MARCH_1.plusDays(20), MARCH_1.plusDays(21)))
                .decisionFiled(MARCH_1.plusDays(21), false)
                .measureAdopted("measure-1", MARCH_1.plusDays(40))
                .incidentOn(MARCH_1.plusDays(25))
                .stamped(6, T0.plusSeconds(60));
    }

    @Test
    void storesTheSameFlatFieldsAsBefore() {
        Document stored = ViewDocuments.toDocument(ID.value(), decidedAndFiled());

        assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "id", "title", "category", "domain",
                "responsibleUnit", "decisionAuthority", "jurisdiction", "procedure", "assessorMode", "gradingScheme",
                "registeredOn", "registeredAt", "registeredBy", "stage", "stageLabel", "assessmentDueBy", "riskLevel",
                "decision", "decidedOn", "assessmentNotUsed", "filingDeadline", "decisionFiledOn", "decisionFiledLate",
                "openMeasures", "incidents", "incidentsAfterDecision", "measuresDue", "closedOn", "version", "lastChangedAt");
        assertThat(List.of(stored.get("decision"), stored.get("riskLevel"), stored.get("stage"), stored.get("stageLabel"),
                stored.get("decisionFiledOn"), stored.get("incidentsAfterDecision"), stored.get("version")))
                .containsExactly("IMPLEMENT", "MEDIUM", "TRACKING", "跟踪中", "2026-03-22", 1, 6L);
    }

    @Test
    void readsBackEqualFromItsStoredDocument() {
        MatterStatusView view = decidedAndFiled();
        assertThat(ViewDocuments.read(ViewDocuments.toDocument(ID.value(), view), MatterStatusView.class)).isEqualTo(view);
    }

    @Test
    void aViewWithNothingDecidedKeepsItsEmptyFieldsAsNulls() {
        MatterStatusView registered = CatalogMatterViewsTest.view("m-2", "620902");
        Document stored = ViewDocuments.toDocument("m-2", registered);

        assertThat(stored).containsEntry("decision", null).containsEntry("filingDeadline", null)
                .containsEntry("closedOn", null).containsEntry("openMeasures", 0);
        assertThat(ViewDocuments.read(stored, MatterStatusView.class)).isEqualTo(registered);
    }
}
