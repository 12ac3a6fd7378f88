package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matter taken from 立项 to closure through the API alone, under 普通程序 (third-party, expert review,
 * filings) and under 简易程序, with snapshots taken every two events so that loads go through them.
 */
class MatterLifecycleIT {
    static final String SNAPSHOT_OFTEN = "wenping.snapshots.every-events=2";

    @TempDir
    Path dataDir;

    @Test
    void takesAStandardThirdPartyMatterFromRegistrationToClosure() {
        try (RunningApp app = RunningApp.start(dataDir, SNAPSHOT_OFTEN)) {
            ApiClient admin = app.as("admin");
            String agency = created(admin.post("/api/agencies", """
                    {"name": "甘肃某社会稳定风险评估咨询有限公司", "creditCode": "91620900MA71234567",
                     "jurisdiction": "620900", "registeredOn": "2026-01-05"}"""));
            String expert = created(admin.post("/api/experts", """
                    {"name": "周专家", "specialty": "土地管理", "affiliatedUnits": ["兰州大学"],
                     "affiliatedAgencies": [], "jurisdiction": "620900", "registeredOn": "2026-01-05"}"""));

            Steps matter = new Steps(app, created(app.as("assessor").post("/api/matters", """
                    {"title": "敦煌机场扩建项目", "category": "PROJECT", "domain": "交通", "responsibleUnit": "市发改委",
                     "decisionAuthority": "市政府常务会议", "jurisdiction": "620982", "procedure": "STANDARD",
                     "assessorMode": "THIRD_PARTY", "registeredOn": "2026-02-02"}""")));
            matter.ok("assessor", "assessment-plan", """
                    {"scope": "机场周边征地拆迁户", "methods": ["座谈会", "问卷调查"], "dueBy": "2026-04-30",
                     "draftedOn": "2026-02-05"}""");
            matter.ok("assessor", "agency-commission", """
                    {"agencyId": "%s", "selectionMethod": "OPEN_TENDER", "commissionedOn": "2026-02-10"}""".formatted(agency));
            matter.ok("assessor", "opinions", """
                    {"method": "SYMPOSIUM", "participants": 40, "supportCount": 35, "opposeCount": 3,
                     "summary": "多数群众支持,少数关注补偿标准", "collectedOn": "2026-02-20"}""");
            for (String dimension : List.of("LEGALITY", "REASONABLENESS", "FEASIBILITY", "CONTROLLABILITY")) {
                matter.ok("assessor", "analyses", """
                        {"dimension": "%s", "findings": "符合规划,程序合法", "riskFactors": [{"description": "补偿标准争议",
                         "probability": "LOW", "severity": "MINOR", "peopleInvolved": 12, "form": "COLLECTIVE_PETITION"}],
                         "analysedOn": "2026-03-01"}""".formatted(dimension));
            }
            matter.ok("assessor", "grade", """
                    {"level": "LOW", "reasons": ["群众支持率高", "风险可控"], "gradedOn": "2026-03-05"}""");
            matter.ok("assessor", "report", """
                    {"title": "敦煌机场扩建项目社会稳定风险评估报告", "documentHash": "%s", "compiledOn": "2026-03-10"}"""
                    .formatted("ab".repeat(32)));
            matter.ok("expert", "review", """
                    {"panel": ["%s"], "opinions": ["评估程序规范"], "conclusion": "PASSED", "reviewedOn": "2026-03-15"}"""
                    .formatted(expert));
            matter.ok("supervisor", "filings", """
                    {"receiptNumber": "酒维稳备〔2026〕12号", "filedOn": "2026-03-16"}""");
            matter.ok("decider", "decision", """
                    {"decision": "IMPLEMENT", "meetingReference": "市政府常务会议2026年第5次", "decidedOn": "2026-03-20"}""");
            matter.ok("supervisor", "filings", """
                    {"receiptNumber": "酒维稳备〔2026〕15号", "filedOn": "2026-03-21"}""");
            matter.ok("assessor", "measures", """
                    {"description": "设立征迁补偿咨询点", "responsibleUnit": "敦煌市政府", "responsiblePerson": "王主任",
                     "dueBy": "2026-05-01", "adoptedOn": "2026-03-25"}""");
            String measure = matter.lastEventPayload().path("measureId").asText();
            matter.ok("assessor", "measures/" + measure + "/completion", """
                    {"outcome": "咨询点运行良好", "completedOn": "2026-04-20"}""");
            matter.ok("assessor", "tracking-reports", """
                    {"summary": "施工平稳,未发生涉稳事件", "risksUnderControl": true, "reportedOn": "2026-06-30"}""");
            matter.ok("assessor", "closure", """
                    {"reason": "项目主体完工,风险已化解", "effectiveOn": "2026-09-30"}""");

            JsonNode events = app.as("archivist").get("/api/matters/" + matter.id + "/events").json();
            List<String> types = new ArrayList<>();
            events.forEach(event -> types.add(event.get("type").asText()));
            assertThat(types).startsWith("MatterRegisteredEvent", "AssessmentPlanDraftedEvent")
                    .contains("RiskGradedEvent", "ReportReviewedEvent", "DecisionMadeEvent", "MatterClosedEvent");
            assertThat(events.get(events.size() - 1).at("/actor/userId").asText()).isEqualTo("assessor");
            JsonNode decision = find(events, "DecisionMadeEvent");
            assertThat(decision.at("/actor/role").asText()).isEqualTo("DECIDER");
            assertThat(decision.at("/payload/filingDeadline").asText()).isEqualTo("2026-03-21");
            assertThat(decision.at("/payload/assessmentNotUsed").asBoolean()).isFalse();

            ApiClient archivist = app.as("archivist");
            JsonNode status = archivist.await("/api/matters/" + matter.id,
                    r -> r.status() == 200 && r.json().get("stage").asText().equals("CLOSED")).json();
            assertThat(status.get("riskLevel").asText()).isEqualTo("LOW");
            assertThat(status.get("decision").asText()).isEqualTo("IMPLEMENT");
            assertThat(status.get("openMeasures").asInt()).isZero();
            JsonNode closed = archivist.get("/api/matters?stage=CLOSED&q=机场&jurisdiction=6209").json();
            assertThat(closed.get("total").asInt()).isEqualTo(1);
            assertThat(closed.at("/items/0/id").asText()).isEqualTo(matter.id);
            assertThat(archivist.get("/api/matters?stage=ASSESSING").json().get("total").asInt()).isZero();
            JsonNode dossier = archivist.get("/api/matters/" + matter.id + "/dossier").json();
            assertThat(dossier.get("entries")).hasSize(events.size());
            String beforeDecision = find(events, "DecisionMadeEvent").get("recordedAt").asText();
            JsonNode earlier = archivist.get("/api/matters/" + matter.id + "/dossier?asOf="
                    + java.time.Instant.parse(beforeDecision).minusMillis(1)).json();
            assertThat(earlier.toString()).doesNotContain("DecisionMadeEvent");
            assertThat(earlier.get("entries").size()).isLessThan(events.size());
            ApiClient.Response badAsOf = archivist.get("/api/matters/" + matter.id + "/dossier?asOf=yesterday");
            assertThat(badAsOf.status()).isEqualTo(400);
            assertThat(badAsOf.json().get("code").asText()).isEqualTo("INVALID_AS_OF");
            JsonNode accountability = app.as("inspector").get("/api/matters/" + matter.id + "/accountability").json();
            assertThat(accountability.toString()).contains("decider");
            JsonNode decider = app.as("inspector").await("/api/people/decider/accountability",
                    r -> r.status() == 200 && r.body().contains(matter.id)).json();
            assertThat(decider.toString()).contains(matter.id);
            assertThat(decider.get("totalMatters").asInt()).isEqualTo(1);
            ApiClient.Response badPage = app.as("inspector").get("/api/people/decider/accountability?size=0");
            assertThat(badPage.status()).isEqualTo(400);
            assertThat(badPage.json().get("code").asText()).isEqualTo("INVALID_QUERY");

            JsonNode stats = app.as("supervisor").get("/api/stats").json();
            assertThat(stats.get("total").asInt()).isEqualTo(1);
            assertThat(stats.at("/thirdPartyShare/met").asBoolean()).isTrue();
            ApiClient.Response csv = app.as("supervisor").get("/api/stats/monthly?month=2026-02", "Accept", "text/csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.body()).startsWith("\uFEFF");
            assertThat(csv.body()).contains("敦煌市");

            ApiClient.Response badSort = archivist.get("/api/matters?sort=budget");
            assertThat(badSort.status()).isEqualTo(400);
            assertThat(badSort.json().get("code").asText()).isEqualTo("INVALID_QUERY");
        }
    }

    @Test
    void takesASimplifiedMatterFromRegistrationToClosureAndRefusesADecisionBeforeTheGrade() {
        try (RunningApp app = RunningApp.start(dataDir, SNAPSHOT_OFTEN)) {
            Steps matter = new Steps(app, created(app.as("assessor").post("/api/matters", """
                    {"title": "肃北县第五届那达慕民族文化风情旅游节", "category": "ACTIVITY", "domain": "民族宗教",
                     "responsibleUnit": "肃北县人民政府", "decisionAuthority": "县政府常务会议", "jurisdiction": "620923",
                     "procedure": "SIMPLIFIED", "assessorMode": "SELF", "registeredOn": "2026-06-01"}""")));
            ApiClient.Response early = app.as("decider").post("/api/matters/" + matter.id + "/decision", """
                    {"decision": "IMPLEMENT", "meetingReference": "县政府专题会", "decidedOn": "2026-06-02"}""");
            assertThat(early.status()).isEqualTo(422);
            assertThat(early.json().get("code").asText()).isEqualTo("R1_NOT_ASSESSED");

            matter.ok("assessor", "assessment-plan", """
                    {"scope": "活动场地周边群众", "methods": ["走访"], "dueBy": "2026-06-20", "draftedOn": "2026-06-03"}""");
            matter.ok("assessor", "grade", """
                    {"level": "LOW", "reasons": ["活动成熟,群众欢迎"], "gradedOn": "2026-06-10"}""");
            matter.ok("decider", "decision", """
                    {"decision": "IMPLEMENT", "meetingReference": "县政府专题会议", "decidedOn": "2026-06-12"}""");
            matter.ok("supervisor", "filings", """
                    {"receiptNumber": "肃北维稳备〔2026〕3号", "filedOn": "2026-06-13"}""");
            matter.ok("assessor", "closure", """
                    {"reason": "活动顺利结束", "effectiveOn": "2026-08-20"}""");
            assertThat(find(app.as("archivist").get("/api/matters/" + matter.id + "/events").json(),
                    "MatterClosedEvent")).isNotNull();
        }
    }

    @Test
    void refusesCommandsAcrossJurisdictionsWith403AndWritesNothing() {
        try (RunningApp app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou")) {
            ApiClient.Response outside = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT.replace("620982", "620102"));
            assertThat(outside.status()).isEqualTo(403);
            assertThat(outside.json().get("code").asText()).isEqualTo("R9_OUTSIDE_JURISDICTION");

            String id = created(app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT));
            long before = app.bean(org.wenping.ops.store.MongoEventStorageEngine.class).durablePosition();
            ApiClient.Response stranger = app.as("lz-assessor").post("/api/matters/" + id + "/assessment-plan", """
                    {"scope": "范围", "methods": ["座谈会"], "dueBy": "2026-12-31"}""");
            assertThat(stranger.status()).isEqualTo(403);
            assertThat(stranger.json().get("code").asText()).isEqualTo("R9_OUTSIDE_JURISDICTION");
            assertThat(app.as("lz-assessor").get("/api/matters/" + id + "/events").status()).isEqualTo(403);
            assertThat(app.bean(org.wenping.ops.store.MongoEventStorageEngine.class).durablePosition()).isEqualTo(before);
        }
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static JsonNode find(JsonNode events, String type) {
        for (JsonNode event : events) if (event.get("type").asText().equals(type)) return event;
        return null;
    }

    /** Sends one step after another, each with the If-Match of the version the previous one answered. */
    private static final class Steps {
        final RunningApp app;
        final String id;
        String etag = "\"0\"";

        Steps(RunningApp app, String id) {
            this.app = app;
            this.id = id;
        }

        void ok(String user, String step, String body) {
            ApiClient.Response response = app.as(user).post("/api/matters/" + id + "/" + step, body, "If-Match", etag);
            assertThat(response.status()).as(step + ": " + response.body()).isEqualTo(200);
            etag = response.header("ETag");
        }

        JsonNode lastEventPayload() {
            JsonNode events = app.as("archivist").get("/api/matters/" + id + "/events").json();
            return events.get(events.size() - 1).get("payload");
        }
    }
}
