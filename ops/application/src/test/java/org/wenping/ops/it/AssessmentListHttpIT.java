package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's year (2025) on its yearly list, through the API alone: the list compiled and filed late, an item
 * withdrawn, matters registered against items and off the list, assessed and decided; 迟报, 应评未评, 未备案 and
 * 应评尽评率 read back; June's 统计表 submitted late with a figure that differs from the record (迟报, 瞒报嫌疑) and
 * its progress report never submitted (漏报); then, after a restart on the same directory with R11 enforced in 酒泉市, a matter off the
 * list refused its decision until it is added to the list.
 */
class AssessmentListHttpIT {
    private static final String ENFORCE_R11 = "wenping.lists.refuse-unlisted.6209=true";
    private static final String LIST = """
            {"responsibleUnit": "市发改委", "jurisdiction": "620982", "year": 2025, "compiledOn": "2025-01-10",
             "items": [
               {"title": "敦煌机场扩建项目", "category": "PROJECT", "domain": "交通", "decisionAuthority": "市政府常务会议",
                "plannedDecisionMonth": "2025-06"},
               {"title": "城区供水价格调整", "category": "POLICY", "domain": "社会保障", "decisionAuthority": "市政府常务会议",
                "plannedDecisionMonth": "2025-09"},
               {"title": "老旧小区改造", "category": "PROJECT", "domain": "城市建设", "decisionAuthority": "市政府常务会议",
                "plannedDecisionMonth": "2025-10"}]}""";

    @TempDir
    Path dataDir;

    @Test
    void aUnitsYearOnItsListWithEveryDeadlineAndFlagVisibleAndKeptAcrossARestart() {
        String list;
        String offList;
        JsonNode before;
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient assessor = app.as("assessor");
            ApiClient supervisor = app.as("supervisor");
            ApiClient.Response compiled = assessor.post("/api/assessment-lists", LIST);
            assertThat(compiled.status()).as(compiled.body()).isEqualTo(201);
            list = compiled.json().get("id").asText();
            assertThat(compiled.header("Location")).isEqualTo("/api/assessment-lists/" + list);
            refused(assessor.post("/api/assessment-lists", LIST), 409, "LIST_ALREADY_COMPILED");

            assertThat(assessor.post("/api/assessment-lists/" + list + "/filing",
                    "{\"receiptNumber\": \"自报\", \"filedOn\": \"2025-04-02\"}").status()).isEqualTo(403);
            assertThat(supervisor.post("/api/assessment-lists/" + list + "/filing",
                    "{\"receiptNumber\": \"维稳备〔2025〕12号\", \"filedOn\": \"2025-04-02\"}").status()).isEqualTo(200);
            refused(supervisor.post("/api/assessment-lists/" + list + "/filing",
                    "{\"receiptNumber\": \"维稳备〔2025〕13号\", \"filedOn\": \"2025-04-03\"}"), 409, "LIST_ALREADY_FILED");
            String withdrawal = "{\"reason\": \"并入市级统筹项目\", \"withdrawnOn\": \"2025-05-01\"}";
            assertThat(assessor.post("/api/assessment-lists/" + list + "/items/3/withdrawal", withdrawal).status())
                    .isEqualTo(200);
            refused(assessor.post("/api/assessment-lists/" + list + "/items/3/withdrawal", withdrawal), 422,
                    "LIST_ITEM_UNKNOWN");

            refused(assessor.post("/api/matters", matter("老旧小区改造", "\"listId\": \"" + list + "\", \"listItemNo\": 3")),
                    422, "LIST_ITEM_UNKNOWN");
            String airport = created(assessor.post("/api/matters",
                    matter("敦煌机场扩建项目", "\"listId\": \"" + list + "\", \"listItemNo\": 1")));
            offList = created(assessor.post("/api/matters", matter("沙州市场改造", "\"offListReason\": \"年中临时决策\"")));
            gradeAndDecide(app, airport, "2025-06-20");
            gradeAndDecide(app, offList, "2025-07-15");

            ApiClient inspector = app.as("inspector");
            JsonNode unlisted = inspector.await("/api/assessment-lists/unlisted-decisions?year=2025",
                    r -> r.json().size() == 1).json();
            assertThat(unlisted.at("/0/matterId").asText()).isEqualTo(offList);
            assertThat(unlisted.at("/0/flag").asText()).isEqualTo("未备案");
            assertThat(unlisted.at("/0/offListReason").asText()).isEqualTo("年中临时决策");
            assertThat(inspector.get("/api/matters/" + offList + "/assessment-list").json().get("flag").asText())
                    .isEqualTo("未备案");
            assertThat(inspector.get("/api/matters/" + airport + "/assessment-list").json().get("itemNo").asInt())
                    .isEqualTo(1);

            JsonNode lists = inspector.get("/api/assessment-lists?year=2025").json();
            assertThat(lists).hasSize(1);
            assertThat(lists.at("/0/filingStatus").asText()).isEqualTo("LATE");
            assertThat(lists.at("/0/filingStatusLabel").asText()).isEqualTo("迟报");
            JsonNode notAssessed = inspector.get("/api/assessment-lists/not-assessed?year=2025").json();
            assertThat(notAssessed).hasSize(1);
            assertThat(notAssessed.at("/0/title").asText()).isEqualTo("城区供水价格调整");
            assertThat(notAssessed.at("/0/flag").asText()).isEqualTo("应评未评");
            JsonNode view = inspector.get("/api/assessment-lists/" + list).json();
            assertThat(view.at("/items/0/notAssessed").asBoolean()).isFalse();
            assertThat(view.at("/items/1/flag").asText()).isEqualTo("应评未评");
            assertThat(view.at("/items/2/item/withdrawnReason").asText()).isEqualTo("并入市级统筹项目");
            assertThat(view.at("/unlistedDecisions/0/matterId").asText()).isEqualTo(offList);
            JsonNode coverage = inspector.get("/api/assessment-lists/coverage?year=2025").json();
            assertThat(coverage.at("/total/dueItems").asInt()).isEqualTo(2);
            assertThat(coverage.at("/total/assessedItems").asInt()).isEqualTo(1);
            assertThat(coverage.at("/jurisdictions/0/rate").asDouble()).isEqualTo(0.5);
            assertThat(app.as("assessor").get("/api/assessment-lists/list-110000-2025-0000000000000000").status())
                    .isEqualTo(404);
            before = view;

            // Only the airport matter was decided in June (2025-06-20): the table below says 0, and comes on the 8th.
            List<String> live = LiveStreamIT.listen(app.port, "supervisor");
            ApiClient.sleep(500);
            ApiClient.Response table = assessor.post("/api/monthly-reports", report("STATISTICS_TABLE", """
                    "MATTERS_REGISTERED": 0, "MATTERS_GRADED": 0, "DECISIONS_MADE": 0, "INCIDENTS_REPORTED": 0""",
                    "2025-07-08"));
            assertThat(table.status()).as(table.body()).isEqualTo(201);
            refused(assessor.post("/api/monthly-reports", report("STATISTICS_TABLE", """
                    "MATTERS_REGISTERED": 0, "MATTERS_GRADED": 0, "DECISIONS_MADE": 1, "INCIDENTS_REPORTED": 0""",
                    "2025-07-09")), 409, "REPORT_ALREADY_SUBMITTED");
            refused(assessor.post("/api/monthly-reports", report("PROGRESS_REPORT", "\"MATTERS_REGISTERED\": 0",
                    "2025-06-18")), 422, "REPORT_FIGURES_INVALID");
            JsonNode generated = inspector.get("/api/monthly-reports/generated?kind=STATISTICS_TABLE"
                    + "&responsibleUnit=%E5%B8%82%E5%8F%91%E6%94%B9%E5%A7%94&jurisdiction=620982&month=2025-06").json();
            assertThat(generated.at("/figures/2/label").asText()).isEqualTo("作出决策事项数");
            assertThat(generated.at("/figures/2/value").asInt()).isEqualTo(1);
            JsonNode june = inspector.await("/api/monthly-reports?month=2025-06", r -> r.body().contains("瞒报嫌疑")).json();
            assertThat(june).hasSize(2);
            assertThat(june.at("/0/kind").asText()).isEqualTo("STATISTICS_TABLE");
            assertThat(june.at("/0/flags").toString()).contains("迟报", "瞒报嫌疑");
            assertThat(june.at("/0/differing/0/figure").asText()).isEqualTo("DECISIONS_MADE");
            assertThat(june.at("/0/submittedBy").asText()).isEqualTo("张评估");
            assertThat(june.at("/1/statusLabel").asText()).isEqualTo("漏报");
            LiveStreamIT.awaitLineWith(live, "2025-06");
            assertThat(live).anyMatch(line -> line.startsWith("event:deadline"));
            assertThat(live).anyMatch(line -> line.startsWith("data:") && line.contains("统计表") && line.contains("迟报"));

            JsonNode calendar = inspector.get("/api/deadlines?year=2025").json();
            assertThat(calendar.toString()).contains("YEARLY_LIST", "STATISTICS_TABLE", "PROGRESS_REPORT", "DECISION_FILING");
            JsonNode overdue = inspector.get("/api/deadlines/overdue?year=2025").json();
            assertThat(overdue).allMatch(entry -> entry.get("statusLabel").asText().equals("漏报"));
            assertThat(overdue).anyMatch(entry -> entry.get("kind").asText().equals("DECISION_FILING")
                    && entry.get("subject").asText().equals("沙州市场改造"));
            assertThat(overdue).noneMatch(entry -> entry.get("kind").asText().equals("YEARLY_LIST"));
        }
        try (RunningApp restarted = RunningApp.start(dataDir, ENFORCE_R11)) {
            ApiClient inspector = restarted.as("inspector");
            JsonNode after = inspector.await("/api/assessment-lists/" + list, r -> r.status() == 200).json();
            assertThat(after.get("items")).isEqualTo(before.get("items"));

            ApiClient assessor = restarted.as("assessor");
            String late = created(assessor.post("/api/matters", matter("党河风情线夜市", "\"offListReason\": \"群众呼声\"")));
            grade(restarted, late);
            refused(restarted.as("decider").post("/api/matters/" + late + "/decision", decision("2025-11-20")), 422,
                    "R11_NOT_ON_FILED_LIST");
            assertThat(assessor.post("/api/assessment-lists/" + list + "/items", """
                    {"item": {"title": "党河风情线夜市", "category": "ACTIVITY", "domain": "城市建设",
                      "decisionAuthority": "市政府常务会议", "plannedDecisionMonth": "2025-11"},
                     "reason": "群众呼声强烈,年中增补", "matterId": "%s", "addedOn": "2025-11-10"}""".formatted(late))
                    .status()).isEqualTo(200);
            assertThat(restarted.as("decider").post("/api/matters/" + late + "/decision", decision("2025-11-20")).status())
                    .isEqualTo(200);

            JsonNode coverage = inspector.await("/api/assessment-lists/coverage?year=2025",
                    r -> r.json().at("/total/dueItems").asInt() == 3).json();
            assertThat(coverage.at("/total/assessedItems").asInt()).isEqualTo(2);
            assertThat(inspector.get("/api/assessment-lists/unlisted-decisions?year=2025").json()).hasSize(1);
            assertThat(inspector.get("/api/matters/" + late + "/assessment-list").json().get("itemNo").asInt()).isEqualTo(4);
            JsonNode flagged = inspector.get("/api/monthly-reports/flagged?year=2025").json();
            assertThat(flagged.toString()).contains("瞒报嫌疑");
            assertThat(flagged.size()).isGreaterThan(2);
        }
    }

    private static String matter(String title, String listing) {
        return """
                {"title": "%s", "category": "PROJECT", "domain": "城市建设", "responsibleUnit": "市发改委",
                 "decisionAuthority": "市政府常务会议", "jurisdiction": "620982", "procedure": "SIMPLIFIED",
                 "assessorMode": "SELF", "registeredOn": "2025-02-01", %s}""".formatted(title, listing);
    }

    private static String report(String kind, String figures, String submittedOn) {
        return """
                {"kind": "%s", "responsibleUnit": "市发改委", "jurisdiction": "620982", "month": "2025-06",
                 "figures": {%s}, "submittedOn": "%s"}""".formatted(kind, figures, submittedOn);
    }

    private static String decision(String on) {
        return "{\"decision\": \"IMPLEMENT\", \"meetingReference\": \"市政府常务会议\", \"decidedOn\": \"" + on + "\"}";
    }

    private static void grade(RunningApp app, String matter) {
        ApiClient.Response graded = app.as("assessor").post("/api/matters/" + matter + "/grade",
                "{\"level\": \"LOW\", \"reasons\": [\"风险可控\"], \"gradedOn\": \"2025-03-01\"}");
        assertThat(graded.status()).as(graded.body()).isEqualTo(200);
    }

    private static void gradeAndDecide(RunningApp app, String matter, String decidedOn) {
        grade(app, matter);
        ApiClient.Response decided = app.as("decider").post("/api/matters/" + matter + "/decision", decision(decidedOn));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void refused(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }
}
