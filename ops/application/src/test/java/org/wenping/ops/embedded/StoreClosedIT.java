package org.wenping.ops.embedded;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.it.TestApps;
import org.wenping.ops.mongo.MongoConnection;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's file closes under four writers and a reader, as H2 closes it after a write it could not make
 * (an unwritable file, a full disk; as root a chmod would not stop writes to the open file, so the test closes
 * it as H2 does): every answer meanwhile is a success or 503 problem+json, never 500; health says DOWN; the
 * application reopens the file without a restart and goes on; everything acknowledged is there and the
 * store verifies whole. {@code -Dwenping.faults.outages} (1 in CI) closes it that many times.
 */
class StoreClosedIT {
    @TempDir
    Path dataDir;

    @Test
    void aStoreClosedUnderLoadAnswers503ThenReopensWithoutARestartAndLosesNothingAcknowledged() throws Exception {
        try (TestApps.App app = TestApps.start(dataDir, null, "wenping.embedded.reopen-every=PT4S")) {
            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            Map<String, String> refusals = new ConcurrentHashMap<>();
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(5);
            for (int c = 0; c < 4; c++) {
                clients.submit(() -> {
                    TestApps.Client assessor = app.as("assessor");
                    while (running.get()) {
                        TestApps.Response response = assessor.post("/api/matters", TestApps.matter("存储关闭时登记的事项"));
                        count(statuses, response, refusals);
                        if (response.status() == 201) acknowledged.add(response.json().get("id").asText());
                    }
                });
            }
            clients.submit(() -> {
                TestApps.Client archivist = app.as("archivist");
                while (running.get()) {
                    String any = acknowledged.stream().findAny().orElse(null);
                    if (any != null) count(statuses, archivist.get("/api/matters/" + any + "/events"), refusals);
                    TestApps.sleep(20);
                }
            });
            awaitUpTo(120, () -> acknowledged.size() >= 10);

            TestApps.Client admin = app.as("admin");
            int outages = Integer.getInteger("wenping.faults.outages", 1);
            for (int outage = 1; outage <= outages; outage++) {
                app.bean(MongoConnection.class).embedded().fileBackend().getMvStore().closeImmediately();
                assertThat(admin.await("/actuator/health", r -> r.status() == 503).status()).isEqualTo(503);
                int beforeRecovery = acknowledged.size();
                long recovering = System.nanoTime();
                // Processors that failed meanwhile retry on Axon's back-off (1 s, doubling): health waits for them.
                awaitUpTo(120, () -> admin.get("/actuator/health").status() == 200);
                awaitUpTo(120, () -> acknowledged.size() >= beforeRecovery + 10);
                System.out.printf("store closed, outage %d of %d: UP again %.1f s after DOWN; answers so far %s%n",
                        outage, outages, (System.nanoTime() - recovering) / 1e9, statuses);
            }
            running.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

            assertThat(statuses.keySet()).as("%s", refusals).containsOnly(200, 201, 503).contains(503);
            assertThat(refusals.values()).allSatisfy(detail -> assertThat(detail).contains("暂不可用"));
            List<String> missing = acknowledged.stream()
                    .filter(id -> admin.get("/api/matters/" + id + "/events").json().size() != 1).toList();
            assertThat(missing).isEmpty();
            JsonNode verified = admin.get("/api/ops/integrity").json();
            assertThat(verified.get("ok").asBoolean()).as("%s", verified).isTrue();
        }
    }

    /** A machine shared with other builds can take longer than the helpers' 30 s to serve the first writes. */
    private static void awaitUpTo(int seconds, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) TestApps.sleep(50);
        assertThat(condition.getAsBoolean()).as("within %d s", seconds).isTrue();
    }

    private static void count(Map<Integer, AtomicInteger> statuses, TestApps.Response response, Map<String, String> refusals) {
        statuses.computeIfAbsent(response.status(), s -> new AtomicInteger()).incrementAndGet();
        if (response.status() >= 500) {
            JsonNode problem = response.json();
            refusals.put(problem.path("code").asText() + "#" + response.status(), problem.path("detail").asText());
        }
    }
}
