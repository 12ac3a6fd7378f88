package org.wenping.ops.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application processes on one store, the second's clock {@link #SKEW} ahead, both holding some commits up
 * to 300 ms between durable and visible, eight clients each registering matters. A second process cannot open
 * the first's data file (refused by design), so it connects to the first's embedded server as to a MongoDB
 * ({@code --wenping.mongodb.uri}); both read the list from the shared collections. Afterwards the delivery-log
 * projection, which either process may own, received every stored event exactly once: none skipped, none
 * repeated; the store verifies; both processes list exactly what the store holds.
 * {@code -Dwenping.faults.registrations} (per process, 300 in CI) sets the load.
 */
class TwoInstancesIT {
    static final String SKEW = "PT3M";
    static final int WRITERS = 8;

    @TempDir
    Path dataDir;

    @Test
    void noProjectionSkipsOrRepeatsAnEventAcrossTwoProcessesWithSkewedClocksAndSlowCommits() throws Exception {
        int perProcess = Integer.getInteger("wenping.faults.registrations", 300);
        int storePort = SeparateJvm.freePort();
        int firstPort = SeparateJvm.freePort();
        int secondPort = SeparateJvm.freePort();
        Process first = start("first", firstPort, "--wenping.embedded.port=" + storePort);
        Process second = null;
        try {
            SeparateJvm.awaitHealthy(firstPort, dataDir.resolve("first.log"));
            second = start("second", secondPort, "--wenping.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/wenping",
                    "--wenping.faults.clock-skew=" + SKEW);
            SeparateJvm.awaitHealthy(secondPort, dataDir.resolve("second.log"));

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            ExecutorService clients = Executors.newFixedThreadPool(2 * WRITERS);
            List<Future<?>> writing = new ArrayList<>(register(clients, firstPort, perProcess, acknowledged));
            writing.addAll(register(clients, secondPort, perProcess, acknowledged));
            clients.shutdown();
            for (Future<?> writer : writing) writer.get(10, TimeUnit.MINUTES);
            assertThat(acknowledged).hasSize(2 * perProcess);

            JsonNode verified = new ApiClient(firstPort, "admin", "demo").get("/api/ops/integrity").json();
            assertThat(verified.get("ok").asBoolean()).as("%s", verified).isTrue();
            long stored = verified.get("checked").asLong();
            assertThat(stored).isEqualTo(2L * perProcess);

            Map<Long, Integer> deliveries = awaitDeliveries(stored);
            System.out.printf("two processes, clocks %s apart: %d events, delivered by the first %d and by the second %d%n",
                    SKEW, stored, lines("first").size(), lines("second").size());
            assertThat(deliveries.keySet()).containsExactlyElementsOf(LongStream.rangeClosed(1, stored).boxed().toList());
            assertThat(deliveries).allSatisfy((position, times) -> assertThat(times).as("position %d", position).isEqualTo(1));
            for (int port : List.of(firstPort, secondPort)) {
                ApiClient assessor = new ApiClient(port, "assessor", "demo");
                assertThat(assessor.await("/api/matters", r -> r.json().get("total").asLong() == stored)
                        .json().get("total").asLong()).isEqualTo(stored);
            }
        } finally {
            if (second != null) second.destroy();
            first.destroy();
            if (second != null) second.waitFor(60, TimeUnit.SECONDS);
            first.waitFor(60, TimeUnit.SECONDS);
            first.destroyForcibly();
            if (second != null) second.destroyForcibly();
        }
    }

    private Process start(String name, int port, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("--spring.profiles.active=demo", "--server.port=" + port,
                "--wenping.data-dir=" + dataDir.resolve("data").toAbsolutePath(),
                "--wenping.read-models.listing=indexed", "--wenping.faults.slow-commits=PT0.3S",
                "--wenping.faults.deliveries=" + deliveryFile(name)));
        all.addAll(List.of(args));
        return SeparateJvm.classpath(dataDir.resolve(name + ".log"), all.toArray(String[]::new));
    }

    private static List<Future<?>> register(ExecutorService clients, int port, int count, Set<String> acknowledged) {
        AtomicInteger remaining = new AtomicInteger(count);
        List<Future<?>> writers = new ArrayList<>();
        for (int c = 0; c < WRITERS; c++) {
            writers.add(clients.submit(() -> {
                ApiClient assessor = new ApiClient(port, "assessor", "demo");
                while (remaining.getAndDecrement() > 0) {
                    ApiClient.Response response = assessor.post("/api/matters", MatterHttpIT.AIRPORT);
                    assertThat(response.status()).as(response.body()).isEqualTo(201);
                    acknowledged.add(response.json().get("id").asText());
                }
            }));
        }
        return writers;
    }

    /** Deliveries per position across both processes, once every stored position was delivered at least once. */
    private Map<Long, Integer> awaitDeliveries(long stored) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        Map<Long, Integer> deliveries = deliveries();
        while (deliveries.size() < stored && System.nanoTime() < deadline) {
            ApiClient.sleep(200);
            deliveries = deliveries();
        }
        ApiClient.sleep(1_000);
        return deliveries();
    }

    private Map<Long, Integer> deliveries() throws IOException {
        Map<Long, Integer> deliveries = new TreeMap<>();
        for (String line : Stream.concat(lines("first").stream(), lines("second").stream()).toList()) {
            deliveries.merge(Long.parseLong(line.split(" ")[0]), 1, Integer::sum);
        }
        return deliveries;
    }

    private List<String> lines(String name) throws IOException {
        Path file = deliveryFile(name);
        return Files.exists(file) ? Files.readAllLines(file).stream().filter(line -> line.split(" ").length == 3).toList() : List.of();
    }

    private Path deliveryFile(String name) {
        return dataDir.resolve("deliveries-" + name + ".log");
    }
}
