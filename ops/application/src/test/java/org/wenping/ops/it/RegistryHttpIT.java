package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency and an expert entered, changed and retired through the command endpoints, then read back over HTTP:
 * listed with their state and labels, the expert with affiliations and interests, inside the reader's jurisdiction
 * only; an unknown id answers 404 problem+json with its code.
 */
class RegistryHttpIT {
    @TempDir
    Path dataDir;

    @Test
    void registeredEntriesReadBackInsideTheReadersJurisdictionOnly() {
        try (RunningApp app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou")) {
            ApiClient supervisor = app.as("supervisor");
            String agency = created(supervisor.post("/api/agencies", """
                    {"name": "甘肃丝路工程咨询有限公司", "creditCode": "91620900MA71XK3L2R", "jurisdiction": "620902",
                     "registeredOn": "2026-01-05"}"""));
            String expert = created(supervisor.post("/api/experts", """
                    {"name": "周专家", "specialty": "社会学", "affiliatedUnits": ["兰州大学"], "jurisdiction": "620900",
                     "registeredOn": "2026-01-05"}"""));
            ok(supervisor.post("/api/experts/" + expert + "/affiliations", """
                    {"affiliatedUnits": ["河西学院"], "affiliatedAgencies": ["%s"], "changedOn": "2026-02-01"}"""
                    .formatted(agency)));
            String matter = created(app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT));
            ok(supervisor.post("/api/experts/" + expert + "/interests", """
                    {"matterId": "%s", "interest": "近亲属在征收范围内", "declaredOn": "2026-02-02"}""".formatted(matter)));
            ok(supervisor.post("/api/agencies/" + agency + "/deregistration", """
                    {"reason": "资质证书过期", "effectiveOn": "2026-04-01"}"""));

            ApiClient inspector = app.as("inspector");
            JsonNode agencyView = inspector.await("/api/agencies/" + agency,
                    r -> r.status() == 200 && r.json().get("version").asLong() == 1).json();
            assertThat(agencyView.at("/state/code").asText()).isEqualTo("DEREGISTERED");
            assertThat(agencyView.at("/state/label").asText()).isEqualTo("已注销");
            assertThat(agencyView.at("/retirement/reason").asText()).isEqualTo("资质证书过期");
            assertThat(agencyView.get("creditCode").asText()).isEqualTo("91620900MA71XK3L2R");

            JsonNode expertView = inspector.await("/api/experts/" + expert,
                    r -> r.status() == 200 && r.json().get("version").asLong() == 2).json();
            assertThat(expertView.at("/state/label").asText()).isEqualTo("在册");
            assertThat(expertView.at("/affiliatedUnits/0").asText()).isEqualTo("河西学院");
            assertThat(expertView.at("/affiliatedAgencies/0").asText()).isEqualTo(agency);
            assertThat(expertView.at("/interests/0/matterId").asText()).isEqualTo(matter);
            assertThat(expertView.at("/interests/0/interest").asText()).isEqualTo("近亲属在征收范围内");

            assertThat(ids(inspector.get("/api/agencies?size=200"))).contains(agency);
            assertThat(ids(inspector.get("/api/experts?size=200"))).contains(expert);
            ApiClient lanzhou = app.as("lz-inspector");
            assertThat(ids(lanzhou.get("/api/agencies?size=200"))).doesNotContain(agency);
            assertThat(ids(lanzhou.get("/api/experts?size=200"))).doesNotContain(expert);
            refused(lanzhou.get("/api/agencies/" + agency), 403, "R9_OUTSIDE_JURISDICTION");
            refused(lanzhou.get("/api/experts/" + expert), 403, "R9_OUTSIDE_JURISDICTION");

            refused(inspector.get("/api/agencies/agency-unknown"), 404, "AGENCY_NOT_FOUND");
            refused(inspector.get("/api/experts/expert-unknown"), 404, "EXPERT_NOT_FOUND");
            refused(inspector.get("/api/experts?size=0"), 400, "INVALID_QUERY");
        }
    }

    private static String created(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static List<String> ids(ApiClient.Response page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(page.json().get("total").asInt()).isEqualTo(ids.size());
        return ids;
    }

    private static void refused(ApiClient.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asText()).isEqualTo(code);
    }
}
