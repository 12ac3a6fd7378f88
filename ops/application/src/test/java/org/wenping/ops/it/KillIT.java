package org.wenping.ops.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application in its own JVM is killed with SIGKILL while clients register matters; after a
 * restart on the same data directory every registration that was acknowledged with 201 is there.
 */
class KillIT {
    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedRegistrationSurvivesKillDashNine() throws Exception {
        int port = freePort();
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Process app = launch(port);
        try {
            awaitHealthy(port);
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int c = 0; c < 4; c++) {
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
            while (acknowledged.size() <= 40 && System.nanoTime() < deadline) ApiClient.sleep(50);
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            sending.set(false);
            clients.shutdown();
            assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).isTrue();
        } finally {
            app.destroyForcibly();
        }
        System.out.printf("kill -9: %d registrations acknowledged before the kill%n", acknowledged.size());
        assertThat(acknowledged).hasSizeGreaterThan(20);

        Process restarted = launch(port);
        try {
            awaitHealthy(port);
            ApiClient archivist = new ApiClient(port, "archivist", "demo");
            List<String> missing = new ArrayList<>();
            for (String id : acknowledged) {
                ApiClient.Response events = archivist.get("/api/matters/" + id + "/events");
                if (events.status() != 200 || events.json().size() != 1) missing.add(id);
            }
            assertThat(missing).isEmpty();
            String anyId = acknowledged.iterator().next();
            assertThat(archivist.await("/api/matters/" + anyId, r -> r.status() == 200).status()).isEqualTo(200);
        } finally {
            restarted.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process launch(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        File log = dataDir.resolve("app-" + System.nanoTime() + ".log").toFile();
        return new ProcessBuilder(java, "-Xmx512m", "-jar", Path.of("target", "wenping.jar").toAbsolutePath().toString(),
                "--spring.profiles.active=demo", "--server.port=" + port,
                "--wenping.data-dir=" + dataDir.resolve("data").toAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log).start();
    }

    private static void awaitHealthy(int port) {
        ApiClient anonymous = ApiClient.anonymous(port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            try {
                if (anonymous.get("/actuator/health").status() == 200) return;
            } catch (RuntimeException notYetListening) {
                // starting
            }
            ApiClient.sleep(250);
        }
        throw new AssertionError("the application did not become healthy on port " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
