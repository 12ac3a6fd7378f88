package org.wenping.ops.replay;

import com.fasterxml.jackson.databind.JsonNode;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.it.TestApps;
import org.wenping.query.readmodel.ReadModels;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Dead letters park one failing event and let the rest through; a rebuild reproduces the read model exactly. */
class ProjectionOpsIT {
    @TempDir
    Path dataDir;

    @Test
    void aFailingEventIsParkedThenRetriedOrEvictedWhileTheOthersGoThrough() {
        FailingProjection probe = new FailingProjection();
        try (TestApps.App app = TestApps.start(dataDir, context -> context.registerBean(FailingProjection.class, () -> probe))) {
            TestApps.Client admin = app.as("admin");
            app.as("assessor").post("/api/matters", TestApps.matter("故障事项甲"));
            // -Dwenping.faults.others (1 in CI; ops/faults/poison-event.sh --long sends 500) events after the poison.
            int others = Integer.getInteger("wenping.faults.others", 1);
            for (int i = 0; i < others; i++) app.as("assessor").post("/api/matters", TestApps.matter("正常事项" + i));
            JsonNode letters = admin.await("/api/ops/dead-letters", r -> r.json().size() == 1).json();
            assertThat(letters.get(0).get("projection").asText()).isEqualTo(FailingProjection.GROUP);
            assertThat(letters.get(0).get("eventType").asText()).isEqualTo("MatterRegisteredEvent");
            assertThat(letters.get(0).get("causeMessage").asText()).contains("模拟的投影故障");
            TestApps.awaitTrue(() -> probe.handled.size() == others);

            probe.failing = false;
            String parked = letters.get(0).get("eventId").asText();
            assertThat(admin.post("/api/ops/dead-letters/" + parked + "/retry", "").json().get("processed").asBoolean()).isTrue();
            assertThat(probe.handled).contains("故障事项甲");
            assertThat(admin.get("/api/ops/dead-letters").json()).isEmpty();

            probe.failing = true;
            app.as("assessor").post("/api/matters", TestApps.matter("故障事项乙"));
            String second = admin.await("/api/ops/dead-letters", r -> r.json().size() == 1).json().get(0).get("eventId").asText();
            assertThat(admin.delete("/api/ops/dead-letters/" + second).status()).isEqualTo(204);
            assertThat(admin.get("/api/ops/dead-letters").json()).isEmpty();
            assertThat(app.as("assessor").get("/api/ops/dead-letters").status()).isEqualTo(403);
        }
    }

    @Test
    void aRebuiltStatusProjectionEqualsTheLiveOneDocumentForDocument() {
        try (TestApps.App app = TestApps.start(dataDir, null)) {
            for (int i = 0; i < 30; i++) app.as("assessor").post("/api/matters", TestApps.matter("事项" + i));
            TestApps.Client admin = app.as("admin");
            admin.await("/api/ops/projections", r -> caughtUp(r.json(), "matter-status"));
            List<Document> live = snapshot(app.bean(ReadModels.class));

            assertThat(admin.post("/api/ops/projections/matter-status/rebuild", "").status()).isEqualTo(202);
            JsonNode progress = admin.await("/api/ops/projections", r -> caughtUp(r.json(), "matter-status")).json();
            assertThat(progress.toString()).contains("matter-status");
            assertThat(snapshot(app.bean(ReadModels.class))).isEqualTo(live);
        }
    }

    private static boolean caughtUp(JsonNode processors, String name) {
        for (JsonNode processor : processors) {
            if (processor.get("processor").asText().equals(name)) {
                return processor.get("position").asLong() == processor.get("head").asLong()
                        && processor.get("head").asLong() > 0;
            }
        }
        return false;
    }

    private static List<Document> snapshot(ReadModels readModels) {
        TestApps.sleep(300);
        List<Document> documents = new ArrayList<>();
        readModels.live("matter_status").find().forEach(documents::add);
        documents.sort((a, b) -> a.getString("_id").compareTo(b.getString("_id")));
        return documents;
    }
}
