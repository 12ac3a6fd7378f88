package org.wenping.ops.embedded;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.it.TestApps;
import org.wenping.ops.mongo.MongoConnection;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Aggregates are kept between commands only where this process is the store's one writer, and a command whose
 * events the store did not take leaves nothing of them in the cache: the next command works on what is stored.
 */
class AggregateCacheIT {
    private static final String PLAN = """
            {"scope": "机场周边征地拆迁户", "methods": ["座谈会", "问卷调查"], "dueBy": "2026-12-31"}""";

    @TempDir
    Path dataDir;

    @Test
    void aCachedRecordWhoseAppendTheStoreRefusedIsLoadedFromTheStoreAgain() {
        try (TestApps.App app = TestApps.start(dataDir, null, "wenping.embedded.reopen-every=PT1S")) {
            assertThat(app.bean(Cache.class)).as("each kind of record's cache").isNotSameAs(NoCache.INSTANCE);
            TestApps.Client assessor = app.as("assessor");
            String id = assessor.post("/api/matters", TestApps.matter("缓存中的事项")).json().get("id").asText();
            assertThat(assessor.post("/api/matters/" + id + "/assessment-plan", PLAN).status()).isEqualTo(200);

            // The cached matter applies the plan's event, then the store refuses it: were the matter kept, the
            // next command would follow an event the store never took.
            app.bean(MongoConnection.class).embedded().fileBackend().getMvStore().closeImmediately();
            assertThat(assessor.post("/api/matters/" + id + "/assessment-plan", PLAN).status()).isEqualTo(503);

            TestApps.awaitTrue(() -> app.as("admin").get("/actuator/health").status() == 200);
            assertThat(assessor.post("/api/matters/" + id + "/assessment-plan", PLAN).status()).isEqualTo(200);
            assertThat(app.as("archivist").get("/api/matters/" + id + "/events").json())
                    .extracting(event -> event.get("sequence").asLong()).containsExactly(0L, 1L, 2L);
        }
    }

    @Test
    void anEmbeddedServerOnAPortOthersMayUseCachesNothing() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        try (TestApps.App app = TestApps.start(dataDir, null, "wenping.embedded.port=" + port)) {
            assertThat(app.bean(Cache.class)).isSameAs(NoCache.INSTANCE);
        }
    }
}
