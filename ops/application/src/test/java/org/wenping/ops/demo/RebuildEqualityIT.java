package org.wenping.ops.demo;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.replay.ProcessorProgress;
import org.wenping.ops.replay.ProjectionRebuilds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo year projected live, every read model snapshotted, every projection rebuilt from scratch: the
 * rebuilt read models equal the live ones document for document.
 */
class RebuildEqualityIT {
    static final List<String> READ_MODELS = List.of("matter_status", "case_status", "person_actions", "person_actions_months",
            "person_actions_users", "person_actions_matters");

    @TempDir
    Path dataDir;

    @Test
    void rebuiltReadModelsEqualTheLiveOnesDocumentForDocument() throws Exception {
        try (DemoApp app = DemoApp.start(dataDir)) {
            app.loader().completion().get(10, TimeUnit.MINUTES);
            ProjectionRebuilds projections = app.bean(ProjectionRebuilds.class);
            awaitCaughtUp(projections);
            Map<String, List<Document>> live = snapshot(app.bean(MongoDatabase.class));
            assertThat(live.get("matter_status")).hasSize(240);

            long start = System.nanoTime();
            projections.projections().forEach(projections::rebuild);
            awaitCaughtUp(projections);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rebuild of %s: %d events in %.1f s%n", projections.projections(),
                    app.store().durablePosition(), seconds);

            Map<String, List<Document>> rebuilt = snapshot(app.bean(MongoDatabase.class));
            for (String readModel : READ_MODELS) {
                assertThat(rebuilt.get(readModel)).as(readModel).isEqualTo(live.get(readModel));
            }
        }
    }

    private static void awaitCaughtUp(ProjectionRebuilds projections) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            List<ProcessorProgress> progress = projections.progress();
            if (progress.stream().allMatch(p -> p.caughtUp() && p.position() >= p.head() && !p.replaying())) return;
            Thread.sleep(200);
        }
        throw new AssertionError("projections did not catch up: " + projections.progress());
    }

    private static Map<String, List<Document>> snapshot(MongoDatabase database) {
        Map<String, List<Document>> snapshot = new LinkedHashMap<>();
        for (String readModel : READ_MODELS) {
            List<Document> documents = new ArrayList<>();
            database.getCollection(readModel).find().forEach(documents::add);
            documents.sort((a, b) -> String.valueOf(a.get("_id")).compareTo(String.valueOf(b.get("_id"))));
            snapshot.put(readModel, documents);
        }
        return snapshot;
    }
}
