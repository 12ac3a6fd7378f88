package org.wenping.ops.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard's event stream receives each change of a matter in its jurisdiction, and nothing else; a
 * rebuild of the status projection replays history without sending it again.
 */
class LiveStreamIT {
    @TempDir
    Path dataDir;

    @Test
    void streamsMatterChangesInsideTheReadersJurisdiction() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou")) {
            List<String> archivistLines = listen(app.port, "archivist");
            List<String> lanzhouLines = listen(app.port, "lz-assessor");
            ApiClient.sleep(500);

            String id = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
            awaitLineWith(archivistLines, id);
            assertThat(archivistLines).anyMatch(line -> line.startsWith("event:ready"));
            assertThat(archivistLines).anyMatch(line -> line.startsWith("data:") && line.contains(id)
                    && line.contains("敦煌机场扩建项目"));
            assertThat(archivistLines).anyMatch(line -> line.startsWith("event:stats-changed"));
            assertThat(lanzhouLines).noneMatch(line -> line.contains(id));

            long sentBeforeRebuild = archivistLines.stream().filter(line -> line.contains(id)).count();
            ApiClient admin = app.as("admin");
            assertThat(admin.post("/api/ops/projections/matter-status/rebuild", "").status()).isEqualTo(202);
            admin.await("/api/ops/projections", r -> rebuilt(r.json(), "matter-status"));
            String next = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
            awaitLineWith(archivistLines, next);
            assertThat(archivistLines.stream().filter(line -> line.contains(id)).count()).as("sent again by the replay")
                    .isEqualTo(sentBeforeRebuild);
        }
    }

    @Test
    void announcesCasesAndInquiriesInsideTheReadersJurisdiction() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir, "spring.profiles.active=demo,lanzhou")) {
            List<String> supervisorLines = listen(app.port, "supervisor");
            List<String> lanzhouLines = listen(app.port, "lz-inspector");
            ApiClient.sleep(500);

            String legalCase = app.as("handler").post("/api/cases", CommandSamples.CASE).json().get("id").asText();
            String matter = app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).json().get("id").asText();
            String inquiry = app.as("inspector").post("/api/inquiries", """
                    {"subjectId": "%s", "reason": "COMPLAINT", "reasonText": "群众来信反映未经评估"}""".formatted(matter))
                    .json().get("id").asText();
            awaitLineWith(supervisorLines, inquiry);
            assertThat(supervisorLines).anyMatch(line -> line.startsWith("event:case"));
            assertThat(supervisorLines).anyMatch(line -> line.startsWith("data:") && line.contains(legalCase));
            assertThat(supervisorLines).anyMatch(line -> line.startsWith("event:inquiry"));
            assertThat(supervisorLines).anyMatch(line -> line.startsWith("data:") && line.contains(inquiry)
                    && line.contains("群众来信反映未经评估"));
            assertThat(supervisorLines).noneMatch(line -> line.contains("赵某某"));
            assertThat(lanzhouLines).noneMatch(line -> line.contains(legalCase) || line.contains(inquiry));
        }
    }

    static void awaitLineWith(List<String> lines, String text) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (lines.stream().noneMatch(line -> line.contains(text)) && System.nanoTime() < deadline) {
            ApiClient.sleep(50);
        }
    }

    private static boolean rebuilt(com.fasterxml.jackson.databind.JsonNode processors, String name) {
        for (var processor : processors) {
            if (processor.get("processor").asText().equals(name)) {
                return !processor.get("replaying").asBoolean() && processor.get("head").asLong() > 0
                        && processor.get("position").asLong() == processor.get("head").asLong();
            }
        }
        return false;
    }

    static List<String> listen(int port, String user) {
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/live"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    } catch (RuntimeException closed) {
                        // the application stopped
                    }
                });
        return lines;
    }
}
