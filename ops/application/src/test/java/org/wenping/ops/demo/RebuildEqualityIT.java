package org.wenping.ops.demo;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.replay.ProjectionRebuilds;
import org.wenping.query.readmodel.ReadModels;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.ops.replay.ReadModelSnapshots.awaitCaughtUp;
import static org.wenping.ops.replay.ReadModelSnapshots.snapshot;

/**
 * The demo year projected live, every read model snapshotted, every projection rebuilt from scratch: the
 * rebuilt read models equal the live ones document for document.
 */
class RebuildEqualityIT {
    static final List<String> READ_MODELS = List.of("matter_status", "case_status", "person_actions", "person_actions_months",
            "person_actions_users", "person_actions_matters", "inquiries", "inquiries_by_subject",
            "inquiry_findings_by_person", "agencies", "experts", "registry_listings");

    @TempDir
    Path dataDir;

    @Test
    void rebuiltReadModelsEqualTheLiveOnesDocumentForDocument() throws Exception {
        try (DemoApp app = DemoApp.start(dataDir)) {
            app.loader().completion().get(10, TimeUnit.MINUTES);
            ProjectionRebuilds projections = app.bean(ProjectionRebuilds.class);
            awaitCaughtUp(projections);
            Map<String, List<Document>> live = snapshot(app.bean(ReadModels.class), READ_MODELS);
            assertThat(live.get("matter_status")).hasSize(240);
            assertThat(live.get("agencies")).hasSize(4);
            assertThat(live.get("experts")).hasSize(12);

            long start = System.nanoTime();
            projections.projections().forEach(projections::rebuild);
            awaitCaughtUp(projections);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("rebuild of %s: %d events in %.1f s%n", projections.projections(),
                    app.store().durablePosition(), seconds);

            Map<String, List<Document>> rebuilt = snapshot(app.bean(ReadModels.class), READ_MODELS);
            for (String readModel : READ_MODELS) {
                assertThat(rebuilt.get(readModel)).as(readModel).isEqualTo(live.get(readModel));
            }
        }
    }
}
