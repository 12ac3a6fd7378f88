package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listing for a real MongoDB ({@code wenping.read-models.listing=indexed}) over HTTP: two query nodes on
 * one store each list every matter, whichever node's projection wrote it; filters, sort and paging hold;
 * operator and regex text in parameters is only text; and the list is intact after a restart.
 */
class IndexedListingIT {
    static final String INDEXED = "wenping.read-models.listing=indexed";

    @TempDir
    Path dataDir;

    @Test
    void everyQueryNodeListsEveryMatterAndARestartKeepsThem() {
        List<String> ids = new ArrayList<>();
        try (RunningApp first = RunningApp.start(dataDir, INDEXED);
             RunningApp second = RunningApp.start(dataDir, INDEXED)) {
            // Each node reads its list once before anything exists: an in-memory catalog would be loaded now
            // and then see only what its own node's projection writes.
            for (RunningApp node : List.of(first, second)) {
                assertThat(node.as("archivist").get("/api/matters").json().get("total").asInt()).isZero();
            }
            for (int i = 0; i < 6; i++) {
                RunningApp node = i % 2 == 0 ? first : second;
                ids.add(registered(node, i % 3 == 0 ? "敦煌机场扩建项目(" + i + "期)" : "城区供暖价格调整 " + i,
                        i % 2 == 0 ? "620982" : "620902"));
            }
            for (RunningApp node : List.of(first, second)) {
                JsonNode all = node.as("archivist").await("/api/matters?size=50",
                        r -> r.status() == 200 && r.json().get("total").asInt() == ids.size()).json();
                assertThat(idsOf(all)).containsExactlyInAnyOrderElementsOf(ids);
            }
            assertListsFilterSortAndPage(second);
        }
        try (RunningApp restarted = RunningApp.start(dataDir, INDEXED)) {
            JsonNode all = restarted.as("archivist").get("/api/matters?size=50&sort=title").json();
            assertThat(idsOf(all)).containsExactlyInAnyOrderElementsOf(ids);
            assertListsFilterSortAndPage(restarted);
        }
    }

    private static void assertListsFilterSortAndPage(RunningApp node) {
        ApiClient archivist = node.as("archivist");
        JsonNode airport = archivist.get("/api/matters?q=" + encode("(0期)") + "&jurisdiction=620982").json();
        assertThat(airport.get("total").asInt()).isEqualTo(1);
        assertThat(airport.at("/items/0/title").asText()).isEqualTo("敦煌机场扩建项目(0期)");

        JsonNode pageTwo = archivist.get("/api/matters?size=4&page=1&sort=-lastChangedAt").json();
        assertThat(pageTwo.get("total").asInt()).isEqualTo(6);
        assertThat(pageTwo.get("items")).hasSize(2);

        assertThat(archivist.get("/api/matters?q=" + encode(".*")).json().get("total").asInt()).isZero();
        assertThat(archivist.get("/api/matters?domain=" + encode("{\"$ne\": \"X\"}")).json().get("total").asInt()).isZero();
        // A coded filter (stage is an enum) refuses an operator object outright, as any value it does not know.
        ApiClient.Response operatorStage = archivist.get("/api/matters?stage=" + encode("{\"$ne\": \"X\"}"));
        assertThat(operatorStage.status()).isEqualTo(400);
        assertThat(operatorStage.json().get("code").asText()).isEqualTo("UNKNOWN_ENUM_VALUE");
        // Nothing here is decided, so no accountability flag is raised; each is still a query the server answers.
        for (String flag : new String[] {"ASSESSMENT_NOT_USED", "LATE_FILING", "MISSING_FILING",
                "INCIDENT_AFTER_DECISION", "MEASURE_NOT_CARRIED_OUT"}) {
            ApiClient.Response flagged = archivist.get("/api/matters?flag=" + flag);
            assertThat(flagged.status()).as(flag).isEqualTo(200);
            assertThat(flagged.json().get("total").asInt()).as(flag).isZero();
        }
        ApiClient.Response badPrefix = archivist.get("/api/matters?jurisdiction=" + encode("^.*"));
        assertThat(badPrefix.status()).isEqualTo(400);
        assertThat(badPrefix.json().get("code").asText()).isEqualTo("INVALID_QUERY");
    }

    private static String registered(RunningApp node, String title, String jurisdiction) {
        ApiClient.Response response = node.as("assessor").post("/api/matters", """
                {"title": "%s", "category": "PROJECT", "domain": "交通", "responsibleUnit": "市发改委",
                 "decisionAuthority": "市政府常务会议", "jurisdiction": "%s", "procedure": "STANDARD",
                 "assessorMode": "THIRD_PARTY"}""".formatted(title, jurisdiction));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static List<String> idsOf(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
