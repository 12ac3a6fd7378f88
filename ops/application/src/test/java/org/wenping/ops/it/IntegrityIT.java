package org.wenping.ops.it;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.integrity.VerifyCommand;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.transparency.Checkpoint;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Published checkpoints, the integrity endpoint, the health component and the verify command on one running store. */
class IntegrityIT {
    @TempDir
    Path dataDir;

    @Test
    void anOutsiderChecksTheLogAndATamperedPayloadIsNamedEverywhere() {
        try (RunningApp app = RunningApp.start(dataDir, "wenping.integrity.checkpoint-every=1",
                "wenping.integrity.verify-every=PT1S")) {
            ApiClient assessor = app.as("assessor");
            assertThat(assessor.post("/api/matters", MatterHttpIT.AIRPORT).status()).isEqualTo(201);

            ApiClient outsider = ApiClient.anonymous(app.port);
            ApiClient.Response checkpoint = outsider.await("/checkpoint",
                    r -> r.status() == 200 && Checkpoint.parse(SignedNote.parse(r.body()).text()).size() >= 1);
            SignedNote note = SignedNote.parse(checkpoint.body());
            NoteVerifier key = NoteVerifier.parse(outsider.get("/checkpoint/keys").body().lines().findFirst().orElseThrow());
            assertThat(note.signedBy(key)).isTrue();
            long size = Checkpoint.parse(note.text()).size();
            assertThat(outsider.get("/checkpoint/consistency?from=0&to=" + size).status()).isEqualTo(200);
            assertThat(outsider.get("/checkpoint/consistency?from=2&to=1").status()).isEqualTo(400);
            assertThat(Files.exists(dataDir.resolve("checkpoints").resolve("checkpoint"))).isTrue();

            ApiClient.Response intact = app.as("inspector").get("/api/ops/integrity");
            assertThat(intact.status()).isEqualTo(200);
            assertThat(intact.json().get("ok").asBoolean()).as(intact.body()).isTrue();
            assertThat(intact.json().get("checked").asLong()).isGreaterThanOrEqualTo(1);
            assertThat(app.as("supervisor").get("/api/ops/integrity").status()).isEqualTo(200);
            assertThat(assessor.get("/api/ops/integrity").status()).isEqualTo(403);
            assertThat(outsider.await("/actuator/health", r -> r.status() == 200).status()).isEqualTo(200);

            app.bean(MongoDatabase.class).getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                    .updateOne(Filters.eq("_id", 1L), Updates.set("events.0.payload.title", "敦煌机场改建项目"));

            ApiClient.Response tampered = app.as("admin").get("/api/ops/integrity");
            assertThat(tampered.json().get("ok").asBoolean()).isFalse();
            assertThat(tampered.json().get("breaches").get(0).get("position").asLong()).isEqualTo(1);
            assertThat(tampered.json().get("breaches").get(0).get("kind").asText()).isEqualTo("ALTERED");
        }
        assertThat(VerifyCommand.run(new String[]{VerifyCommand.FLAG, "--wenping.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.main.banner-mode=off"})).isEqualTo(1);
    }

    @Test
    void theMonitorTurnsTheIntegrityHealthComponentDownAndAHoleIsAGapNeverCaughtUp() {
        try (RunningApp app = RunningApp.start(dataDir, "wenping.integrity.verify-every=PT1S",
                "wenping.integrity.full-verify-every=PT2S")) {
            assertThat(app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT).status()).isEqualTo(201);
            assertThat(app.as("assessor").post("/api/matters", MatterHttpIT.AIRPORT.replace("敦煌", "瓜州")).status()).isEqualTo(201);
            ApiClient outsider = ApiClient.anonymous(app.port);
            assertThat(outsider.await("/actuator/health", r -> r.status() == 200).status()).isEqualTo(200);
            app.bean(MongoDatabase.class).getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                    .updateOne(Filters.eq("_id", 1L), Updates.set("events.0.metadata.actorId", "someone-else"));
            assertThat(outsider.await("/actuator/health", r -> r.status() == 503).body()).contains("DOWN");
            assertThat(app.bean(io.micrometer.core.instrument.MeterRegistry.class)
                    .get("wenping.integrity.breaches").gauge().value()).isEqualTo(1);

            app.bean(MongoDatabase.class).getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                    .deleteOne(Filters.eq("_id", 1L));
            ApiClient admin = app.as("admin");
            assertThat(admin.post("/api/ops/projections/matter-status/rebuild", "").status()).isEqualTo(202);
            ApiClient.Response progress = admin.await("/api/ops/projections", r -> r.body().contains("\"gapAt\":1"));
            for (var processor : progress.json()) {
                if (processor.get("processor").asText().equals("matter-status")) {
                    assertThat(processor.get("gapAt").asLong()).as(progress.body()).isEqualTo(1);
                    assertThat(processor.get("caughtUp").asBoolean()).isFalse();
                }
            }
        }
    }
}
