package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.replay.ProjectionRebuilds;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.query.readmodel.ReadModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.replay.ReadModelSnapshots.awaitCaughtUp;
import static org.wenping.ops.replay.ReadModelSnapshots.snapshot;

/**
 * One 责任倒查 over HTTP, from opening to conclusion, into a matter assessed, decided and mitigated before an
 * incident: each refusal answers problem+json with its code and writes nothing; the inquiry reads back by id, by
 * subject and by person, inside the reader's jurisdiction only; and its read model rebuilds to the same documents.
 */
class InquiryHttpIT {
    private static final List<String> READ_MODELS = List.of("inquiries", "inquiries_by_subject", "inquiry_findings_by_person");

    @TempDir
    Path dataDir;

    @Test
    void oneInquiryFromOpeningToConclusion() throws InterruptedException {
        try (RunningApp app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou")) {
            String matter = assessedDecidedAndMitigated(app);
            long decision = sequenceOf(app, matter, "DecisionMadeEvent");
            ApiClient inspector = app.as("inspector");
            String opening = """
                    {"subjectId": "%s", "reason": "INCIDENT", "reasonText": "节庆期间周边群众集体上访", "openedOn": "2026-08-01"}"""
                    .formatted(matter);

            refused(app, app.as("assessor").post("/api/inquiries", opening), 403, "R9_ROLE_NOT_PERMITTED");
            refused(app, app.as("lz-inspector").post("/api/inquiries", opening), 403, "R9_OUTSIDE_JURISDICTION");
            refused(app, inspector.post("/api/inquiries", opening.replace(matter, "m-unknown")), 404, "SUBJECT_NOT_FOUND");

            ApiClient.Response opened = inspector.post("/api/inquiries", opening);
            assertThat(opened.status()).as(opened.body()).isEqualTo(201);
            String inquiry = opened.json().get("id").asText();
            assertThat(opened.header("Location")).isEqualTo("/api/inquiries/" + inquiry);
            String findings = "/api/inquiries/" + inquiry + "/findings";
            refused(app, inspector.post("/api/inquiries/" + matter + "/findings", finding("decider", "ASSESSMENT_IGNORED",
                    decision)), 404, "INQUIRY_NOT_FOUND");
            assertThat(inspector.get("/api/inquiries/inq-unknown").json().get("code").asText()).isEqualTo("INQUIRY_NOT_FOUND");

            refused(app, inspector.post(findings, finding("decider", "ASSESSMENT_IGNORED", decision, 999)), 422,
                    "EVIDENCE_NOT_IN_SUBJECT");
            refused(app, inspector.post(findings, finding("archivist", "NOT_ASSESSED", decision)), 422, "PERSON_NOT_IN_RECORD");
            refused(app, inspector.post(findings, finding("assessor", "ASSESSMENT_IGNORED", decision)), 422,
                    "PERSON_NOT_IN_EVIDENCE");
            refused(app, app.as("decider").post(findings, finding("decider", "ASSESSMENT_IGNORED", decision)), 403,
                    "R9_ROLE_NOT_PERMITTED");

            ApiClient.Response found = inspector.post(findings, finding("decider", "ASSESSMENT_IGNORED", decision));
            assertThat(found.status()).as(found.body()).isEqualTo(200);
            String findingId = found.json().get("findingId").asText();

            String sanctions = "/api/inquiries/" + inquiry + "/sanctions";
            refused(app, inspector.post(sanctions, sanction("finding-unknown")), 422, "FINDING_UNKNOWN");
            assertThat(inspector.post(sanctions, sanction(findingId)).status()).isEqualTo(200);
            assertThat(inspector.post("/api/inquiries/" + inquiry + "/conclusion", """
                    {"conclusion": "决策机关对未采纳评估意见负主要责任,鉴于事先评估并落实化解措施,酌情减轻", "concludedOn": "2026-08-20"}""")
                    .status()).isEqualTo(200);
            refused(app, inspector.post(findings, finding("decider", "FORMALISM", decision)), 409, "INQUIRY_CONCLUDED");
            refused(app, inspector.post(sanctions, sanction(findingId)), 409, "INQUIRY_CONCLUDED");

            JsonNode view = inspector.await("/api/inquiries/" + inquiry,
                    r -> r.status() == 200 && !r.json().path("conclusion").isNull()).json();
            assertThat(view.at("/subjectKind/label").asText()).isEqualTo("重大事项");
            assertThat(view.at("/reason/label").asText()).isEqualTo("不稳定事件");
            assertThat(view.get("jurisdiction").asText()).isEqualTo("620923");
            JsonNode recorded = view.at("/findings/0");
            assertThat(recorded.get("personName").asText()).isEqualTo("李决策");
            assertThat(recorded.at("/roles/0/code").asText()).isEqualTo("DECIDED");
            assertThat(recorded.at("/responsibility/label").asText()).isEqualTo("主要责任人");
            assertThat(recorded.at("/breach/label").asText()).isEqualTo("评而不用");
            assertThat(recorded.at("/evidence/0").asLong()).isEqualTo(decision);
            assertThat(recorded.get("mitigated").asBoolean()).isTrue();
            assertThat(recorded.get("mitigationGrounds").asText()).startsWith("决策前已评估定级");
            assertThat(recorded.at("/sanctions/0/kind/label").asText()).isEqualTo("诫勉谈话");

            assertThat(inspector.get("/api/inquiries?subject=" + matter).json()).singleElement()
                    .satisfies(listed -> assertThat(listed.get("id").asText()).isEqualTo(inquiry));
            assertThat(app.as("archivist").get("/api/people/decider/findings").json()).singleElement()
                    .satisfies(named -> assertThat(named.at("/finding/findingId").asText()).isEqualTo(findingId));
            assertThat(app.as("lz-assessor").get("/api/inquiries/" + inquiry).status()).isEqualTo(403);
            assertThat(app.as("lz-assessor").get("/api/inquiries?subject=" + matter).json()).isEmpty();
            assertThat(app.as("lz-assessor").get("/api/people/decider/findings").json()).isEmpty();

            assertRebuildReproducesTheReadModel(app);
        }
    }

    /** 肃北县那达慕 under 简易程序: planned and graded, decided, filed, one measure adopted and carried out, then an incident. */
    private static String assessedDecidedAndMitigated(RunningApp app) {
        ApiClient.Response registered = app.as("assessor").post("/api/matters", """
                {"title": "肃北县第五届那达慕民族文化风情旅游节", "category": "ACTIVITY", "domain": "民族宗教",
                 "responsibleUnit": "肃北县人民政府", "decisionAuthority": "县政府常务会议", "jurisdiction": "620923",
                 "procedure": "SIMPLIFIED", "assessorMode": "SELF", "registeredOn": "2026-06-01"}""");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asText();
        step(app, "assessor", id, "assessment-plan", """
                {"scope": "活动场地周边群众", "methods": ["走访"], "dueBy": "2026-06-20", "draftedOn": "2026-06-03"}""");
        step(app, "assessor", id, "grade", """
                {"level": "LOW", "reasons": ["活动成熟,群众欢迎"], "gradedOn": "2026-06-10"}""");
        step(app, "decider", id, "decision", """
                {"decision": "IMPLEMENT", "meetingReference": "县政府专题会议", "decidedOn": "2026-06-12"}""");
        step(app, "supervisor", id, "filings", """
                {"receiptNumber": "肃北维稳备〔2026〕3号", "filedOn": "2026-06-13"}""");
        String measure = step(app, "assessor", id, "measures", """
                {"description": "设立群众接待点", "responsibleUnit": "肃北县人民政府", "responsiblePerson": "王主任",
                 "dueBy": "2026-07-01", "adoptedOn": "2026-06-14"}""").get("measureId").asText();
        step(app, "assessor", id, "measures/" + measure + "/completion", """
                {"outcome": "接待点运行良好", "completedOn": "2026-06-30"}""");
        step(app, "assessor", id, "incidents", """
                {"form": "COLLECTIVE_PETITION", "headcount": 30, "occurredOn": "2026-07-20", "place": "县政府",
                 "description": "部分商户对摊位分配不满集体上访"}""");
        return id;
    }

    private static JsonNode step(RunningApp app, String user, String matter, String path, String body) {
        ApiClient.Response response = app.as(user).post("/api/matters/" + matter + "/" + path, body);
        assertThat(response.status()).as(path + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private static long sequenceOf(RunningApp app, String matter, String type) {
        for (JsonNode event : app.as("archivist").get("/api/matters/" + matter + "/events").json()) {
            if (event.get("type").asText().equals(type)) return event.get("sequence").asLong();
        }
        throw new AssertionError("no " + type + " in " + matter);
    }

    private static String finding(String person, String breach, long... evidence) {
        List<String> cited = new ArrayList<>();
        for (long sequence : evidence) cited.add(Long.toString(sequence));
        return """
                {"person": "%s", "breach": "%s", "evidence": [%s], "statement": "评估定级为低风险后决策未采纳评估提出的分期实施意见",
                 "foundOn": "2026-08-10"}""".formatted(person, breach, String.join(", ", cited));
    }

    private static String sanction(String findingId) {
        return """
                {"findingId": "%s", "kind": "ADMONITORY_TALK", "text": "对李决策进行诫勉谈话", "imposedOn": "2026-08-15"}"""
                .formatted(findingId);
    }

    private static void refused(RunningApp app, ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
        long written = app.bean(MongoEventStorageEngine.class).durablePosition();
        ApiClient.sleep(100);
        assertThat(app.bean(MongoEventStorageEngine.class).durablePosition()).as("nothing written").isEqualTo(written);
    }

    private static void assertRebuildReproducesTheReadModel(RunningApp app) throws InterruptedException {
        ProjectionRebuilds projections = app.bean(ProjectionRebuilds.class);
        ReadModels readModels = app.bean(ReadModels.class);
        Map<String, List<Document>> live = snapshot(readModels, READ_MODELS);
        projections.rebuild("inquiries");
        awaitCaughtUp(projections);
        assertThat(snapshot(readModels, READ_MODELS)).isEqualTo(live);
    }
}
