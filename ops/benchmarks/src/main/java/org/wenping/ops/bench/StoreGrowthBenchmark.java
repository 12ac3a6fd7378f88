package org.wenping.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.axonframework.serialization.Serializer;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.store.JsonSerializers;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Aggregate load and single-event append as the store grows (10 000 → {@code --events}), ours and axon-mongo's
 * engine side by side on the same embedded server (H2 backend) with the same events; writes
 * {@code <data-dir>/growth-peer.csv} and prints a Markdown table.
 * <pre>java -cp ops/benchmarks/target/wenping-benchmarks.jar -Dloader.main=org.wenping.ops.bench.StoreGrowthBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --events=200000 --data-dir=/tmp/growth</pre>
 */
public final class StoreGrowthBenchmark {
    private static final List<Long> STAGES = List.of(10_000L, 20_000L, 50_000L, 100_000L, 200_000L, 500_000L,
            1_000_000L, 2_000_000L);

    private StoreGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("wenping-growth-");
        Files.createDirectories(dataDir);
        EmbeddedMongo embedded = EmbeddedMongo.acquire(EmbeddedSettings.h2(), dataDir.resolve("store"));
        int status = 1;
        try (MongoClient client = MongoClients.create(embedded.connectionString())) {
            Serializer serializer = JsonSerializers.kernelJson();
            MongoEventStorageEngine ours = MongoEventStorageEngine.builder().database(client.getDatabase("wenping"))
                    .durability(embedded).eventSerializer(serializer).snapshotSerializer(serializer).build();
            GrowthBench wenping = new GrowthBench(ours, "ours");
            GrowthBench axon = new GrowthBench(AxonMongoPeer.engine(client.getDatabase("axon_peer"), serializer), "peer");
            StringBuilder csv = new StringBuilder("engine,events,load_p50_ms,load_p99_ms,append_p50_ms,append_p99_ms,fill_events_per_s\n");
            System.out.println("| events | ours load p50 / p99 ms | axon-mongo load p50 / p99 ms | ours append p50 / p99 ms "
                    + "| axon-mongo append p50 / p99 ms | fill events/s ours / axon-mongo |\n|---:|---|---|---|---|---|");
            for (long stage : Stream.concat(STAGES.stream().filter(s -> s < options.events()), Stream.of(options.events())).toList()) {
                GrowthBench.Stage mine = wenping.growTo(stage);
                GrowthBench.Stage theirs = axon.growTo(stage);
                csv.append("ours,").append(mine.csv()).append('\n').append("axon-mongo,").append(theirs.csv()).append('\n');
                Files.writeString(dataDir.resolve("growth-peer.csv"), csv);
                System.out.printf(java.util.Locale.ROOT, "| %,d | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %.2f / %.2f | %,.0f / %,.0f |%n",
                        stage, mine.loadP50(), mine.loadP99(), theirs.loadP50(), theirs.loadP99(), mine.appendP50(),
                        mine.appendP99(), theirs.appendP50(), theirs.appendP99(), mine.fillRate(), theirs.fillRate());
            }
            ours.close();
            status = 0;
        } finally {
            embedded.release();
            System.out.flush();
            System.exit(status);
        }
    }
}
