package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online rebuild of every projection while a reader polls the list, the statistics and one matter's status and
 * dossier: the rebuild fills the read models' other slots, so every answer during it is the whole read model as it
 * was (never a shrinking total, never a 404), after it the answers are those from before, and the rebuilt read model
 * is the one kept current.
 */
class RebuildWhileReadingIT {
    private static final int MATTERS = 40;
    private static final String LIST = "/api/matters?size=100&sort=title";

    @TempDir
    Path dataDir;

    @Test
    void everyAnswerDuringAnOnlineRebuildIsTheWholeReadModel() throws Exception {
        try (RunningApp app = RunningApp.start(dataDir)) {
            String matter = loadMatters(app.as("assessor"));
            ApiClient admin = app.as("admin");
            ApiClient reader = app.as("archivist");
            admin.await("/api/ops/projections", RebuildWhileReadingIT::allCaughtUp);
            Answers before = Answers.read(reader, matter);
            assertThat(before.listTotal()).isEqualTo(MATTERS);

            CompletableFuture<ApiClient.Response> rebuild =
                    CompletableFuture.supplyAsync(() -> admin.post("/api/ops/projections/all/rebuild", ""));
            int reads = 0;
            int readsWhileTrailing = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(45);
            while (!(rebuild.isDone() && allCaughtUp(admin.get("/api/ops/projections"))) && System.nanoTime() < deadline) {
                Answers during = Answers.read(reader, matter);
                assertThat(during).as("read %d during the rebuild", reads).isEqualTo(before);
                reads++;
                if (during.trailing()) readsWhileTrailing++;
            }
            assertThat(rebuild.get().status()).isEqualTo(202);
            assertThat(allCaughtUp(admin.get("/api/ops/projections"))).as("the rebuild caught up").isTrue();
            assertThat(readsWhileTrailing).as("reads answered while the projections trailed (of %d)", reads).isPositive();
            assertThat(Answers.read(reader, matter)).isEqualTo(before);

            assertThat(app.as("assessor").post("/api/matters", TestApps.matter("重建之后的事项")).status()).isEqualTo(201);
            assertThat(reader.await(LIST, r -> r.json().get("total").asLong() > MATTERS).json().get("total").asLong())
                    .as("the rebuilt read model is the one kept current").isEqualTo(MATTERS + 1);
        }
    }

    /** Registers the matters, every other one with its assessment plan; answers the first one's id. */
    private static String loadMatters(ApiClient assessor) {
        String first = null;
        for (int i = 0; i < MATTERS; i++) {
            ApiClient.Response registered = assessor.post("/api/matters", TestApps.matter(String.format("重建期间事项%03d", i)));
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            String id = registered.json().get("id").asText();
            if (first == null) first = id;
            if (i % 2 == 0) {
                ApiClient.Response planned = assessor.post("/api/matters/" + id + "/assessment-plan",
                        "{\"scope\": \"周边群众\", \"methods\": [\"座谈会\"], \"dueBy\": \"2026-12-31\"}", "If-Match", "\"0\"");
                assertThat(planned.status()).as(planned.body()).isLessThan(300);
            }
        }
        return first;
    }

    private static boolean allCaughtUp(ApiClient.Response projections) {
        if (projections.status() != 200) return false;
        for (JsonNode projection : projections.json()) {
            if (!projection.get("caughtUp").asBoolean() || projection.get("replaying").asBoolean()) return false;
        }
        return true;
    }

    /** What a dashboard shows: the list's total and page, the statistics, one matter's status and dossier. */
    private record Answers(long listTotal, String list, String stats, String status, String dossier, boolean trailing) {
        static Answers read(ApiClient reader, String matter) {
            ApiClient.Response list = ok(reader.get(LIST));
            ApiClient.Response stats = ok(reader.get("/api/stats"));
            ApiClient.Response status = ok(reader.get("/api/matters/" + matter));
            ApiClient.Response dossier = ok(reader.get("/api/matters/" + matter + "/dossier"));
            boolean trailing = list.header("Wenping-Projection-Trailing") != null
                    || stats.header("Wenping-Projection-Trailing") != null;
            return new Answers(list.json().get("total").asLong(), list.body(), stats.body(), status.body(), dossier.body(),
                    trailing);
        }

        private static ApiClient.Response ok(ApiClient.Response response) {
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            return response;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Answers answers && listTotal == answers.listTotal && list.equals(answers.list)
                    && stats.equals(answers.stats) && status.equals(answers.status) && dossier.equals(answers.dossier);
        }

        @Override
        public int hashCode() {
            return list.hashCode();
        }
    }
}
