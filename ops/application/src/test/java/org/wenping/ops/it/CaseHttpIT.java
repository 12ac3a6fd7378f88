package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.kernel.json.KernelJson;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.personal.SealedPersonalData;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One 政法办案 case of 肃州区人民法院 from its listing to its closure over HTTP, as its 承办人, 分管领导 and 主要领导,
 * with each R8 refusal answered as problem+json with its code and nothing written.
 */
class CaseHttpIT {
    static final String LAND_DISPUTE = """
            {"caseNumber": "(2026)甘0902民初17号", "organ": "COURT", "caseClass": "MAJOR_DIFFICULT_COMPLEX",
             "handler": "陈承办", "caseLead": "刘分管", "organHead": "马院长",
             "summary": "土地承包经营权纠纷,涉及三十余户村民", "stage": "ACCEPTANCE", "jurisdiction": "620902",
             "acceptedOn": "2026-01-05",
             "persons": [
               {"name": "赵某某", "partyRole": "原告", "idNumber": "62090219800101001X", "contact": "肃州区某村",
                "circumstance": "曾三次到市上访"},
               {"name": "钱某某", "partyRole": "被告"}]}""";

    @TempDir
    static Path dataDir;
    static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start(dataDir);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static long written() {
        return app.bean(MongoEventStorageEngine.class).durablePosition();
    }

    private static List<? extends DomainEventMessage<?>> events(String caseId) {
        return app.bean(MongoEventStorageEngine.class).readEvents(caseId).asStream().toList();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void refused(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }

    /** The request is refused with {@code code} and the store holds no event more than before. */
    private static void refusedWritingNothing(ApiClient client, String path, String body, String code) {
        long before = written();
        refused(client.post(path, body), 422, code);
        assertThat(written()).isEqualTo(before);
    }

    private static void assessAllDimensions(ApiClient handler, String path) {
        for (String dimension : List.of("LEGALITY", "REASONABLENESS", "CONTROLLABILITY")) {
            ok(handler.post(path + "/assessment", """
                    {"dimension": "%s", "findings": "部分村民对补偿有异议", "predictedForms": ["PETITION", "BYPASS_PETITION"]}"""
                    .formatted(dimension)));
        }
    }

    @Test
    void aMajorCaseRunsFromListingToClosureAndR8HoldsTheRulingBackUntilEachStagesRiskIsResolved() throws Exception {
        ApiClient handler = app.as("handler");
        ApiClient caselead = app.as("caselead");
        ApiClient organhead = app.as("organhead");

        ApiClient.Response listed = handler.post("/api/cases", LAND_DISPUTE);
        assertThat(listed.status()).as(listed.body()).isEqualTo(201);
        String id = listed.json().get("id").asText();
        String path = "/api/cases/" + id;
        assertThat(listed.header("Location")).isEqualTo(path);
        assertThat(listed.json().get("personKeyIds")).extracting(JsonNode::asText).containsExactly(id + "-p1", id + "-p2");
        CaseListedEvent listing = (CaseListedEvent) events(id).get(0).getPayload();
        assertThat(listing.organUnit()).isEqualTo("肃州区人民法院");
        assertThat(listing.persons()).extracting(SealedPersonalData::algorithm).containsOnly("AES-256-GCM");
        assertThat(KernelJson.newObjectMapper().writeValueAsString(listing))
                .doesNotContain("赵某某", "62090219800101001X", "曾三次到市上访", "钱某某");
        assertThat(organhead.get(path + "/persons").json().findValuesAsText("name")).containsExactly("赵某某", "钱某某");

        String ruling = """
                {"kind": "JUDGMENT", "summary": "确认承包经营权归属"}""";
        refusedWritingNothing(caselead, path + "/ruling", ruling, "R8_MAJOR_CASE_UNASSESSED");
        refusedWritingNothing(handler, path + "/stage", """
                {"stage": "TRIAL", "reason": "开庭审理"}""", "R8_MAJOR_CASE_UNASSESSED");

        assessAllDimensions(handler, path);
        ok(handler.post(path + "/opinions", """
                {"method": "VISIT", "supportCount": 21, "opposeCount": 9, "summary": "多数村民理解调解方案"}"""));
        ok(handler.post(path + "/grade", """
                {"level": "MEDIUM", "reasons": ["涉及人数较多", "有越级上访苗头"]}"""));
        ok(handler.post(path + "/report", """
                {"caseName": "土地承包经营权纠纷案", "personKeyIds": ["%s-p1", "%s-p2"], "summary": "三十余户承包地边界争议",
                 "handlingStatus": "已受理,正在诉前调解", "problems": "原告有越级上访史",
                 "preventionPlan": "院领导包案,释法明理,联合司法所调解"}""".formatted(id, id)));
        String measureId = handler.post(path + "/measures", """
                {"description": "联合司法所诉前调解", "responsibleUnit": "肃州区司法局", "responsiblePerson": "孙调解"}""")
                .json().get("measureId").asText();
        refusedWritingNothing(caselead, path + "/ruling", ruling, "R8_RISK_UNRESOLVED");

        ok(handler.post(path + "/measures/" + measureId + "/completion", """
                {"summary": "双方达成调解意向"}"""));
        ok(handler.post(path + "/resolution", """
                {"summary": "矛盾已化解,原告承诺不再上访"}"""));
        ok(handler.post(path + "/stage", """
                {"stage": "TRIAL", "reason": "调解未果,开庭审理"}"""));
        refusedWritingNothing(organhead, path + "/ruling", ruling, "R8_MAJOR_CASE_UNASSESSED");

        assessAllDimensions(handler, path);
        ok(handler.post(path + "/grade", """
                {"level": "LOW", "reasons": ["双方情绪平稳"]}"""));
        refusedWritingNothing(organhead, path + "/ruling", ruling, "R8_RISK_UNRESOLVED");
        ok(handler.post(path + "/report", """
                {"caseName": "土地承包经营权纠纷案", "personKeyIds": ["%s-p1"], "summary": "庭审阶段",
                 "handlingStatus": "已开庭", "problems": "无", "preventionPlan": "判后答疑"}""".formatted(id)));
        ok(handler.post(path + "/resolution", """
                {"summary": "庭审阶段风险已化解"}"""));
        ok(organhead.post(path + "/ruling", ruling));
        CaseRulingMadeEvent ruled = (CaseRulingMadeEvent) events(id).get(events(id).size() - 1).getPayload();
        assertThat(ruled.utmostCaution()).isFalse();

        ok(handler.post(path + "/visits", """
                {"visitor": "陈承办", "summary": "判后回访,原告表示服判"}"""));
        ok(caselead.post(path + "/closure", """
                {"summary": "案结事了"}"""));
        ok(organhead.post(path + "/persons/" + id + "-p2/erasure", """
                {"legalGround": "个人信息保护法第四十七条第一款第(一)项:处理目的已实现"}"""));
        ApiClient.Response restricted = organhead.post(path + "/persons/" + id + "-p1/erasure", """
                {"legalGround": "个人信息保护法第四十七条第二款:诉讼档案保管期限未届满", "restrictInstead": true,
                 "readableBy": "INSPECTOR"}""");
        ok(restricted);

        assertThat(restricted.json().get("version").asLong()).isEqualTo(events(id).size() - 1);
        JsonNode persons = organhead.await(path + "/persons",
                r -> r.json().findValuesAsText("shown").equals(List.of("RESTRICTED", "ERASED"))).json();
        assertThat(persons.findValuesAsText("label")).containsExactly("限制处理", "已删除");
        assertThat(persons.toString()).doesNotContain("赵某某", "钱某某");
        assertThat(events(id)).extracting(event -> event.getPayloadType().getSimpleName()).containsExactly(
                "CaseListedEvent", "CaseDimensionAssessedEvent", "CaseDimensionAssessedEvent",
                "CaseDimensionAssessedEvent", "CaseOpinionsCollectedEvent", "CaseRiskGradedEvent",
                "CaseReportCompiledEvent", "CaseMeasureAdoptedEvent", "CaseMeasureCompletedEvent",
                "CaseRiskResolvedEvent", "CaseStageChangedEvent", "CaseDimensionAssessedEvent",
                "CaseDimensionAssessedEvent", "CaseDimensionAssessedEvent", "CaseRiskGradedEvent",
                "CaseReportCompiledEvent", "CaseRiskResolvedEvent", "CaseRulingMadeEvent", "CaseVisitRecordedEvent",
                "CaseClosedEvent", "PersonalDataErasedEvent", "PersonalDataRestrictedEvent");
        assertThat(events(id).get(20).getMetaData().get("actorRole")).isEqualTo("ORGAN_HEAD");
    }

    @Test
    void stepsOutOfOrderAndWrongRolesAreRefusedWithAProblemAndWriteNothing() {
        ApiClient handler = app.as("handler");
        String path = "/api/cases/" + handler.post("/api/cases", LAND_DISPUTE.replace("MAJOR_DIFFICULT_COMPLEX",
                "PUBLIC_CONCERN")).json().get("id").asText();
        long before = written();

        refused(handler.post(path + "/grade", """
                {"level": "LOW", "reasons": ["风险可控"]}"""), 409, "CASE_DIMENSIONS_MISSING");
        refused(handler.post(path + "/ruling", """
                {"kind": "NON_PROSECUTION_DECISION", "summary": "不起诉"}"""), 422, "RULING_KIND_NOT_OF_ORGAN");
        refused(handler.post(path + "/closure", """
                {"summary": "结案"}"""), 409, "CASE_NOT_RULED");
        refused(handler.post(path + "/persons/x-p1/erasure", """
                {"legalGround": "处理目的已实现"}"""), 403, "R9_ROLE_NOT_PERMITTED");
        refused(app.as("organhead").post(path + "/persons/x-p1/erasure", """
                {"legalGround": "保管期限未届满", "restrictInstead": true}"""), 400, "INVALID_FIELD");
        refused(app.as("assessor").post("/api/cases", LAND_DISPUTE), 403, "R9_ROLE_NOT_PERMITTED");
        refused(handler.post("/api/cases/00000000-0000-4000-8000-000000000000/visits", """
                {"visitor": "陈承办", "summary": "回访"}"""), 404, "CASE_NOT_FOUND");
        assertThat(written()).isEqualTo(before);
    }
}
