package org.wenping.ops.replay;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.it.TestApps;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --wenping.rebuild=all} in a JVM of its own, as an operator runs it on a stopped server's data: it
 * starts no web server, redraws one progress line, exits 0 within the bound, and leaves read models equal to
 * the live ones; on a data directory a running server holds, it ends non-zero with one sentence.
 */
class OfflineRebuildIT {
    private static final long BOUND_SECONDS = 240;

    @TempDir
    Path dataDir;

    @Test
    void rebuildsEveryProjectionOfAStoppedServerAndExitsZero() throws Exception {
        List<Document> live;
        try (TestApps.App app = TestApps.start(dataDir, null)) {
            for (int i = 0; i < 20; i++) app.as("assessor").post("/api/matters", TestApps.matter("重建事项" + i));
            app.as("assessor").await("/api/matters", r -> r.json().get("total").asInt() == 20);
            live = snapshot(app.bean(MongoDatabase.class));

            Process refused = rebuild("-refused");
            assertThat(refused.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)).isTrue();
            String sentence = read(output("-refused"));
            assertThat(refused.exitValue()).as(sentence).isNotZero();
            assertThat(sentence).contains("正被另一个 Wenping 进程使用").doesNotContain("\tat ");
        }
        forgetReadModel();

        Process rebuild = rebuild("");
        boolean exited = rebuild.waitFor(BOUND_SECONDS, TimeUnit.SECONDS);
        if (!exited) rebuild.destroyForcibly().waitFor();
        String printed = read(output(""));

        assertThat(exited).as("exited within %d s:%n%s", BOUND_SECONDS, printed).isTrue();
        assertThat(rebuild.exitValue()).as(printed).isZero();
        assertThat(printed).contains("\r[####################] 100.0 %").contains("重建完成").doesNotContain("Tomcat");
        try (TestApps.App app = TestApps.start(dataDir, null)) {
            assertThat(snapshot(app.bean(MongoDatabase.class))).isEqualTo(live);
        }
    }

    private Process rebuild(String run) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), WenpingApplication.class.getName(),
                "--wenping.rebuild=all", "--wenping.data-dir=" + dataDir.toAbsolutePath(), "--spring.main.banner-mode=off")
                .redirectErrorStream(true).redirectOutput(output(run).toFile()).start();
    }

    private Path output(String run) {
        return dataDir.resolveSibling(dataDir.getFileName() + "-rebuild" + run + ".log");
    }

    /** The rebuild must bring the read model back, not find it already there. */
    private void forgetReadModel() {
        EmbeddedMongo store = EmbeddedMongo.acquire(EmbeddedSettings.h2(), dataDir);
        try (MongoClient client = MongoClients.create(store.connectionString())) {
            client.getDatabase("wenping").getCollection("matter_status").deleteMany(new Document());
            store.makeDurable();
        } finally {
            store.release();
        }
    }

    private static List<Document> snapshot(MongoDatabase database) {
        List<Document> documents = new ArrayList<>();
        database.getCollection("matter_status").find().forEach(documents::add);
        documents.sort((a, b) -> a.getString("_id").compareTo(b.getString("_id")));
        return documents;
    }

    private static String read(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
