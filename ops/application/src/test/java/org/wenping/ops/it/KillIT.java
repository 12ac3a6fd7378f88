package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application in its own JVM is killed with SIGKILL while eight clients register matters, once
 * per round ({@code -Dwenping.faults.rounds}, 1 in CI; {@code ops/faults/kill-writers.sh} runs more). After a
 * restart on the same data directory: every registration acknowledged with 201 is there, whole; the store
 * verifies (positions gapless, chain and signatures intact); every projection converges to exactly the store.
 * While the first instance runs, a second one on its data directory, and a start naming the data directory
 * twice, each end with one sentence and no stack trace.
 */
class KillIT {
    private static final int WRITERS = 8;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedRegistrationSurvivesKillDashNine() throws Exception {
        int rounds = Integer.getInteger("wenping.faults.rounds", 1);
        int port = SeparateJvm.freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= rounds; round++) {
            Process app = launch(port, "round-" + round);
            try {
                SeparateJvm.awaitHealthy(port, log("round-" + round));
                if (round == 1) secondStartsEndWithOneSentence(port);
                int before = acknowledged.size();
                writeUntilKilled(app, port, acknowledged, before + 40);
                System.out.printf("kill -9, round %d of %d: %d registrations acknowledged before the kill%n", round,
                        rounds, acknowledged.size() - before);
                assertThat(acknowledged).hasSizeGreaterThan(before + 20);
            } finally {
                app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }

        Process restarted = launch(port, "restarted");
        try {
            SeparateJvm.awaitHealthy(port, log("restarted"));
            ApiClient archivist = new ApiClient(port, "archivist", "demo");
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                ApiClient.Response events = archivist.get("/api/matters/" + id + "/events");
                if (events.status() != 200 || events.json().size() != 1) missing.add(id);
            }
            assertThat(missing).isEmpty();
            String anyId = acknowledged.iterator().next();
            assertThat(archivist.await("/api/matters/" + anyId, r -> r.status() == 200).status()).isEqualTo(200);
            projectionsConvergeToTheVerifiedStore(port, acknowledged.size());
        } finally {
            restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Eight clients register until {@code enough} are acknowledged in all; then SIGKILL while they still write. */
    private static void writeUntilKilled(Process app, int port, Set<String> acknowledged, int enough) throws Exception {
        AtomicBoolean sending = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(WRITERS);
        for (int c = 0; c < WRITERS; c++) {
            clients.submit(() -> {
                ApiClient assessor = new ApiClient(port, "assessor", "demo");
                while (sending.get()) {
                    try {
                        ApiClient.Response response = assessor.post("/api/matters", MatterHttpIT.AIRPORT);
                        if (response.status() == 201) acknowledged.add(response.json().get("id").asText());
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        // Kill while the clients are writing, once enough were acknowledged: a fixed delay would kill a slow
        // machine's process before its first answer.
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (acknowledged.size() <= enough && System.nanoTime() < deadline) ApiClient.sleep(50);
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        sending.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
    }

    /**
     * Verify passes over the whole store, and every projection stands at its head: the list counts exactly
     * the registrations the store holds (each commit here is one registration), acknowledged or not.
     */
    private static void projectionsConvergeToTheVerifiedStore(int port, int acknowledged) {
        ApiClient admin = new ApiClient(port, "admin", "demo");
        JsonNode verified = admin.get("/api/ops/integrity").json();
        assertThat(verified.get("ok").asBoolean()).as("%s", verified).isTrue();
        long stored = verified.get("checked").asLong();
        assertThat(stored).isGreaterThanOrEqualTo(acknowledged);
        JsonNode progress = admin.await("/api/ops/projections", r -> StreamSupport.stream(r.json().spliterator(), false)
                .allMatch(p -> p.get("position").asLong() == stored && !p.get("error").asBoolean())).json();
        assertThat(progress).allSatisfy(p -> assertThat(p.get("position").asLong()).as("%s", p).isEqualTo(stored));
        ApiClient assessor = new ApiClient(port, "assessor", "demo");
        assertThat(assessor.await("/api/matters", r -> r.json().get("total").asLong() == stored)
                .json().get("total").asLong()).isEqualTo(stored);
    }

    /** The data directory named twice, and a second instance on a directory the first holds: one sentence each. */
    private void secondStartsEndWithOneSentence(int port) throws Exception {
        String data = "--wenping.data-dir=" + dataDir.resolve("data").toAbsolutePath();
        String twice = endsWithin("twice", SeparateJvm.jar(log("twice"), "--server.port=0", data,
                "--wenping.data-dir=" + dataDir.resolve("other")));
        assertThat(twice).contains("--wenping.data-dir 指定了 2 次").doesNotContain("\tat ");
        assertThat(twice.strip().lines()).hasSize(1);
        String second = endsWithin("second", SeparateJvm.jar(log("second"), "--server.port=0", data));
        assertThat(second).contains("正被另一个 Wenping 进程使用").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(ApiClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }

    private String endsWithin(String name, Process process) throws Exception {
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("ended within 300 s").isTrue();
        String printed = Files.readString(log(name), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isNotZero();
        return printed;
    }

    private Process launch(int port, String name) throws IOException {
        return SeparateJvm.jar(log(name), "--spring.profiles.active=demo",
                "--server.port=" + port, "--wenping.data-dir=" + dataDir.resolve("data").toAbsolutePath());
    }

    private Path log(String name) {
        return dataDir.resolve("app-" + name + ".log");
    }
}
