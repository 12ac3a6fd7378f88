package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Audited reads (issue 9 item 8): a dossier read is in the access log, which admin and inspector query and verify. */
class AccessLogIT {
    @TempDir
    Path dataDir;

    @Test
    void aDossierReadAppearsInTheAccessLogWithItsReaderAndOnlyAdminAndInspectorReadTheLog() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            String id = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
            ApiClient archivist = app.as("archivist");
            assertThat(archivist.await("/api/matters/" + id + "/dossier", r -> r.status() == 200).status()).isEqualTo(200);
            assertThat(app.as("supervisor").get("/api/matters/" + id + "/accountability").status()).isEqualTo(200);
            app.as("assessor").get("/api/matters/" + id);

            JsonNode log = app.as("inspector").get("/api/ops/access-log?record=" + id).json();
            JsonNode dossierRead = first(log, "DOSSIER", 200);
            assertThat(dossierRead.at("/entry/readerId").asText()).isEqualTo("archivist");
            assertThat(dossierRead.at("/entry/role").asText()).isEqualTo("ARCHIVIST");
            assertThat(dossierRead.at("/entry/unit").asText()).isEqualTo("市档案馆");
            assertThat(dossierRead.at("/entry/clientAddress").asText()).isEqualTo("127.0.0.1");
            assertThat(dossierRead.at("/entry/path").asText()).isEqualTo("/api/matters/" + id + "/dossier");
            assertThat(dossierRead.at("/entry/at").asText()).isNotBlank();
            assertThat(dossierRead.get("hash").asText()).hasSize(64);
            assertThat(first(log, "ACCOUNTABILITY_TIMELINE", 200).at("/entry/readerId").asText()).isEqualTo("supervisor");
            assertThat(log).noneSatisfy(line -> assertThat(line.at("/entry/path").asText()).isEqualTo("/api/matters/" + id));

            JsonNode byReader = app.as("admin").get("/api/ops/access-log?reader=supervisor").json();
            assertThat(byReader).isNotEmpty().allSatisfy(line ->
                    assertThat(line.at("/entry/readerId").asText()).isEqualTo("supervisor"));
            assertThat(app.as("inspector").get("/api/ops/access-log?record=" + id + "&from=2100-01-01T00:00:00Z").json())
                    .isEmpty();
            assertThat(app.as("inspector").get("/api/ops/access-log?size=1").json()).hasSize(1);
            assertThat(app.as("inspector").get("/api/ops/access-log?from=gestern").status()).isEqualTo(400);

            assertThat(app.as("archivist").get("/api/ops/access-log").status()).isEqualTo(403);
            assertThat(app.as("supervisor").get("/api/ops/access-log").status()).isEqualTo(403);

            JsonNode integrity = app.as("admin").get("/api/ops/access-log/integrity").json();
            assertThat(integrity.get("ok").asBoolean()).as(integrity.toString()).isTrue();
            assertThat(integrity.get("checked").asLong()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aReadRefusedByTheRecordIsRecordedWithItsStatus() {
        try (RunningApp app = RunningApp.start(dataDir)) {
            assertThat(app.as("archivist").get("/api/matters/m-nowhere/dossier").status()).isEqualTo(404);

            JsonNode log = app.as("inspector").get("/api/ops/access-log?record=m-nowhere").json();
            assertThat(first(log, "DOSSIER", 404).at("/entry/readerId").asText()).isEqualTo("archivist");
        }
    }

    private static JsonNode first(JsonNode log, String kind, int status) {
        for (JsonNode line : log) {
            if (line.at("/entry/kind").asText().equals(kind) && line.at("/entry/status").asInt() == status) return line;
        }
        throw new AssertionError("no " + kind + " read answered " + status + " in " + log);
    }
}
