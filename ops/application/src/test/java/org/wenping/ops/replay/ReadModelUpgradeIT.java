package org.wenping.ops.replay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.it.TestApps;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data directory whose matter-status read model an older release built, before {@code matter_figures} existed:
 * the next start rebuilds that projection online, and only that one, and the statistics count again. A restart of
 * an up-to-date directory rebuilds nothing.
 */
class ReadModelUpgradeIT {
    @TempDir
    Path dataDir;

    @Test
    void aReadModelBuiltWithOtherCollectionsIsRebuiltOnceAtTheNextStart() {
        try (TestApps.App app = TestApps.start(dataDir, null)) {
            for (int i = 0; i < 3; i++) assertThat(app.as("assessor").post("/api/matters", TestApps.matter("升级事项" + i)).status()).isEqualTo(201);
            app.as("supervisor").await("/api/stats", r -> r.json().get("total").asInt() == 3);
        }
        long[] before = revisions();
        onTheStoppedStore(database -> {
            database.getCollection("matter_figures").deleteMany(new Document());
            database.getCollection("read_model_slots").updateOne(Filters.eq("_id", "matter-status"), Updates.unset("collections"));
        });

        try (TestApps.App app = TestApps.start(dataDir, null)) {
            assertThat(app.as("supervisor").await("/api/stats", r -> r.json().get("total").asInt() == 3).json().get("total").asInt())
                    .as("the cells rebuilt").isEqualTo(3);
            assertThat(app.as("archivist").get("/api/matters").json().get("total").asInt()).isEqualTo(3);
        }
        long[] after = revisions();
        assertThat(after[0]).as("matter-status: rebuilt and swapped").isEqualTo(before[0] + 2);
        assertThat(after[1]).as("person-actions: left as it was").isEqualTo(before[1]);
        onTheStoppedStore(database -> assertThat(pointer(database, "matter-status").getList("collections", String.class))
                .containsExactly("matter_figures", "matter_status"));

        try (TestApps.App app = TestApps.start(dataDir, null)) {
            app.as("supervisor").await("/api/stats", r -> r.json().get("total").asInt() == 3);
        }
        assertThat(revisions()).as("an up-to-date directory: nothing rebuilt").containsExactly(after);
    }

    private long[] revisions() {
        long[] revisions = new long[2];
        onTheStoppedStore(database -> {
            revisions[0] = pointer(database, "matter-status").get("revision", Number.class).longValue();
            revisions[1] = pointer(database, "person-actions").get("revision", Number.class).longValue();
        });
        return revisions;
    }

    private static Document pointer(MongoDatabase database, String projection) {
        return database.getCollection("read_model_slots").find(Filters.eq("_id", projection)).first();
    }

    private void onTheStoppedStore(Consumer<MongoDatabase> change) {
        EmbeddedMongo store = EmbeddedMongo.acquire(EmbeddedSettings.h2(), dataDir);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            change.accept(client.getDatabase("wenping"));
            store.makeDurable();
        } finally {
            store.release();
        }
    }
}
