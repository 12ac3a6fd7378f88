package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.evidence.ExportFiles;
import org.wenping.ops.evidence.VerifyExport;
import org.wenping.ops.store.EventStoreCollections;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A matter's dossier export checks out offline with the application jar's command, carries its page and 四性
 * report; after a raw document is tampered with, the live stream announces it and the matter's reads carry
 * the Wenping-Integrity warning.
 */
class DossierExportIT {
    @TempDir
    Path dataDir;

    @Test
    void anExportChecksOutOfflineAndATamperedRecordIsNeverServedSilently() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir, "wenping.integrity.verify-every=PT1S",
                "wenping.integrity.full-verify-every=PT1S")) {
            ApiClient assessor = app.as("assessor");
            String id = assessor.post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
            assessor.post("/api/matters", MatterHttpIT.AIRPORT.replace("敦煌", "瓜州"));

            HttpResponse<byte[]> export = assessor.download("/api/matters/" + id + "/dossier/export");
            assertThat(export.statusCode()).isEqualTo(200);
            assertThat(export.headers().firstValue("Content-Type")).hasValue("application/zip");
            Path zip = Files.write(dataDir.resolve("dossier.zip"), export.body());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(VerifyExport.run(zip, null, new PrintStream(out, true, StandardCharsets.UTF_8))).as(out.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(VerifyExport.run(new String[]{VerifyExport.FLAG + zip})).isZero();
            Map<String, byte[]> entries = VerifyExport.read(zip);
            String page = new String(entries.get(ExportFiles.PAGE), StandardCharsets.UTF_8);
            assertThat(page).contains("敦煌机场扩建项目", "四性检测", "办理过程与责任倒查").doesNotContain("<script");
            assertThat(entries).containsKeys(ExportFiles.FOUR_PROPERTIES, ExportFiles.EVENTS, ExportFiles.MANIFEST,
                    ExportFiles.CHECKPOINT, ExportFiles.KEYS, ExportFiles.proofOf(1));

            JsonNode report = assessor.get("/api/matters/" + id + "/dossier/four-properties").json();
            assertThat(results(report, "AUTHENTICITY")).containsOnly("PASS");
            assertThat(results(report, "INTEGRITY")).containsOnly("PASS");
            assertThat(results(report, "USABILITY")).containsOnly("PASS");
            assertThat(results(report, "SECURITY")).containsOnly("PASS");
            assertThat(app.as("inspector").get("/api/matters/" + id + "/dossier/four-properties").status()).isEqualTo(200);
            assertThat(ApiClient.anonymous(app.port).get("/api/matters/" + id + "/dossier/export").status()).isEqualTo(401);
            assertThat(assessor.get("/api/matters/m-none/dossier/export").status()).isEqualTo(404);
            assertThat(assessor.get("/api/matters/" + id + "/dossier").header("Wenping-Integrity")).isNull();

            List<String> live = LiveStreamIT.listen(app.port, "archivist");
            ApiClient.sleep(500);
            app.bean(MongoDatabase.class).getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                    .updateOne(Filters.eq("_id", 1L), Updates.set("events.0.payload.title", "敦煌机场改建项目"));
            ApiClient.Response dossier = assessor.await("/api/matters/" + id + "/dossier", r -> r.header("Wenping-Integrity") != null);
            assertThat(dossier.header("Wenping-Integrity")).isEqualTo("breach at position 1 (ALTERED)");
            LiveStreamIT.awaitLineWith(live, "event:integrity");
            assertThat(live).anyMatch(line -> line.startsWith("event:integrity"));
            JsonNode tampered = assessor.get("/api/matters/" + id + "/dossier/four-properties").json();
            assertThat(tampered.get("passed").asBoolean()).isFalse();
            assertThat(tampered.get("items").get(0).get("result").asText()).isEqualTo("FAIL");
        }
    }

    @Test
    void aCaseIsExportedAndReportedThroughTheSameEndpoints() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            ApiClient handler = app.as("handler");
            ApiClient.Response listed = handler.post("/api/cases", CaseHttpIT.LAND_DISPUTE);
            assertThat(listed.status()).as(listed.body()).isEqualTo(201);
            String id = listed.json().get("id").asText();

            HttpResponse<byte[]> export = handler.download("/api/cases/" + id + "/dossier/export");
            assertThat(export.statusCode()).isEqualTo(200);
            Path zip = Files.write(dataDir.resolve("case.zip"), export.body());
            assertThat(VerifyExport.run(new String[]{VerifyExport.FLAG + zip})).isZero();
            assertThat(new String(VerifyExport.read(zip).get(ExportFiles.PAGE), StandardCharsets.UTF_8))
                    .contains("(2026)甘0902民初17号", "列为评估对象").doesNotContain("赵某某");

            JsonNode report = handler.get("/api/cases/" + id + "/dossier/four-properties").json();
            assertThat(results(report, "AUTHENTICITY")).containsOnly("PASS");
            assertThat(results(report, "INTEGRITY")).containsOnly("PASS");
            assertThat(ApiClient.anonymous(app.port).get("/api/cases/" + id + "/dossier/export").status()).isEqualTo(401);
            assertThat(handler.get("/api/cases/c-none/dossier/four-properties").status()).isEqualTo(404);
        }
    }

    private static List<String> results(JsonNode report, String property) {
        List<String> results = new java.util.ArrayList<>();
        report.get("items").forEach(item -> {
            if (item.get("property").asText().equals(property)) results.add(item.get("result").asText() + (item.get("result").asText().equals("FAIL") ? item.get("reason").asText() : ""));
        });
        return results;
    }
}
