package org.wenping.ops.mongo;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.it.TestApps;
import org.wenping.query.readmodel.ReadModels;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database role ({@code ops/mongodb/wenping-role.js}) lists every collection the running application has
 * written and every collection of every read model in both slots: MongoDB privileges only add up, so a collection
 * left out is one the application cannot write on a real replica set (its health check, a projection's new tally).
 */
class DatabaseRoleCoversTheApplicationIT {
    private static final Path SCRIPT = Path.of("..", "mongodb", "wenping-role.js");

    @TempDir
    Path dataDir;

    @Test
    void everyCollectionTheApplicationUsesIsListed() throws IOException {
        String script = Files.readString(SCRIPT);
        List<String> used = new ArrayList<>();
        try (TestApps.App app = TestApps.start(dataDir, null)) {
            String id = app.as("assessor").post("/api/matters", TestApps.matter("授权检查事项")).json().get("id").asText();
            app.as("archivist").await("/api/matters/" + id + "/dossier", r -> r.status() == 200);
            app.as("admin").await("/actuator/health", r -> r.status() == 200);
            app.as("inspector").await("/api/ops/access-log?record=" + id, r -> r.status() == 200 && r.json().size() > 0);
            app.bean(MongoDatabase.class).listCollectionNames().into(used);
            app.bean(ReadModels.class).collections().forEach(name -> used.addAll(List.of(name, name + "__alt")));
        }
        assertThat(used).contains("health_probe", "matter_figures", "access_log_commits");
        assertThat(used).allSatisfy(name -> assertThat(script).as(name).contains("collection: \"" + name + "\""));
    }
}
