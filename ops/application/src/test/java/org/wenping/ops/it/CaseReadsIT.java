package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case listed and assessed through the command API shows in the case list (held back by R8 until its risk is
 * resolved), its status, dossier, accountability timeline, the per-person view and the case statistics; its
 * person's data never stands in clear in any of them.
 */
class CaseReadsIT {
    static final String PERSON_NAME = "赵某某";
    static final String LISTING = """
            {"caseNumber": "(2026)甘0902民初1234号", "organ": "COURT", "caseClass": "MAJOR_DIFFICULT_COMPLEX",
             "handler": "handler", "caseLead": "caselead", "organHead": "organhead",
             "summary": "征地补偿纠纷,涉及村民四十余户", "stage": "ACCEPTANCE", "jurisdiction": "620902",
             "acceptedOn": "2026-03-02",
             "persons": [{"name": "%s", "partyRole": "原告", "idNumber": "620902198001011234", "contact": "13800000000"}]}
            """.formatted(PERSON_NAME);

    @TempDir
    Path dataDir;

    @Test
    void aListedAndAssessedCaseShowsInListDossierTimelineAndStatistics() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient handler = app.as("handler");
            ApiClient.Response listed = handler.post("/api/cases", LISTING);
            assertThat(listed.status()).isEqualTo(201);
            String id = listed.json().get("id").asText();

            JsonNode heldBack = handler.await("/api/cases?heldBack=true&organ=COURT",
                    r -> r.status() == 200 && r.json().get("total").asInt() == 1).json();
            assertThat(heldBack.at("/items/0/id").asText()).isEqualTo(id);
            assertThat(heldBack.at("/items/0/stage").asText()).isEqualTo("LISTED");
            assertThat(heldBack.at("/items/0/persons/0/status").asText()).isEqualTo("SEALED");

            for (String dimension : List.of("LEGALITY", "REASONABLENESS", "CONTROLLABILITY")) {
                assertThat(handler.post("/api/cases/" + id + "/assessment", """
                        {"dimension": "%s", "findings": "群众情绪较大", "predictedForms": ["PETITION"]}"""
                        .formatted(dimension)).status()).isEqualTo(200);
            }
            assertThat(handler.post("/api/cases/" + id + "/grade", """
                    {"level": "MEDIUM", "reasons": ["可能引发上访"]}""").status()).isEqualTo(200);
            String personKey = listed.json().at("/personKeyIds/0").asText();
            assertThat(handler.post("/api/cases/" + id + "/report", """
                    {"caseName": "征地补偿纠纷案", "personKeyIds": ["%s"], "summary": "征地补偿纠纷",
                     "handlingStatus": "审理中", "problems": "可能引发上访", "preventionPlan": "释法明理,领导包案"}"""
                    .formatted(personKey)).status()).isEqualTo(200);
            ApiClient.Response refused = app.as("organhead").post("/api/cases/" + id + "/ruling", """
                    {"kind": "JUDGMENT", "summary": "判决"}""");
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.json().get("code").asText()).isEqualTo("R8_RISK_UNRESOLVED");
            assertThat(handler.post("/api/cases/" + id + "/resolution", """
                    {"summary": "释法明理,双方达成谅解"}""").status()).isEqualTo(200);
            assertThat(app.as("organhead").post("/api/cases/" + id + "/ruling", """
                    {"kind": "JUDGMENT", "summary": "判决支持补偿请求"}""").status()).isEqualTo(200);

            JsonNode status = handler.await("/api/cases/" + id,
                    r -> r.status() == 200 && "RULED".equals(r.json().path("stage").asText())).json();
            assertThat(status.get("heldBack").asBoolean()).isFalse();
            assertThat(status.get("resolvedBeforeRuling").asBoolean()).isTrue();
            assertThat(status.get("riskLevel").asText()).isEqualTo("MEDIUM");
            assertThat(handler.get("/api/cases?heldBack=true").json().get("total").asInt()).isZero();
            assertThat(handler.get("/api/cases?resolved=true&caseClass=MAJOR_DIFFICULT_COMPLEX").json()
                    .get("total").asInt()).isEqualTo(1);

            ApiClient.Response dossier = handler.get("/api/cases/" + id + "/dossier");
            assertThat(dossier.json().get("recordId").asText()).isEqualTo(id);
            assertThat(dossier.json().get("eventCount").asInt()).isEqualTo(8);
            assertThat(dossier.json().at("/facts/caseNumber").asText()).isEqualTo("(2026)甘0902民初1234号");
            assertThat(dossier.body()).doesNotContain(PERSON_NAME);

            JsonNode timeline = app.as("inspector").get("/api/cases/" + id + "/accountability").json();
            assertThat(timeline.get("title").asText()).isEqualTo("(2026)甘0902民初1234号");
            assertThat(timeline.at("/steps/7/rulesSatisfied/0/code").asText()).isEqualTo("R8");

            ApiClient.Response person = app.as("inspector").await("/api/people/organhead/accountability",
                    r -> r.status() == 200 && r.body().contains(id));
            assertThat(person.json().at("/matters/0/kind/code").asText()).isEqualTo("CASE");
            assertThat(person.body()).doesNotContain(PERSON_NAME);

            JsonNode stats = handler.get("/api/stats/cases").json();
            assertThat(stats.get("total").asInt()).isEqualTo(1);
            assertThat(stats.at("/resolvedBeforeRuling/count").asInt()).isEqualTo(1);
            assertThat(stats.at("/byOrgan/0/code").asText()).isEqualTo("COURT");
            assertThat(stats.at("/byOrgan/0/count").asInt()).isEqualTo(1);
            assertThat(handler.get("/api/cases?organ=BOGUS").status()).isEqualTo(400);
        }
    }
}
