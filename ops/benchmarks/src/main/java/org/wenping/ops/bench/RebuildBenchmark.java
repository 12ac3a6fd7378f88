package org.wenping.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.BsonDocument;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.store.EventStoreCollections;

import java.nio.file.Path;

/**
 * A full rebuild against a raw scan of the same store, on an existing data directory (one a
 * {@link ReadModelBenchmark} or the scale generator left behind; use a copy, the rebuild rewrites its read
 * models): first two plain scans of {@code event_commits} through the real driver (the second is the baseline), then the offline rebuild of
 * every projection ({@code --wenping.rebuild=all}), which prints its own rate and exits.
 * <pre>java -cp wenping-benchmarks.jar -Dloader.main=org.wenping.ops.bench.RebuildBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --data-dir=/tmp/store-copy</pre>
 */
public final class RebuildBenchmark {
    private RebuildBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !args[0].startsWith("--data-dir=")) {
            throw new IllegalArgumentException("usage: RebuildBenchmark --data-dir=<a copy of a data directory>");
        }
        Path dataDir = Path.of(args[0].substring("--data-dir=".length()));
        EmbeddedMongo embedded = EmbeddedMongo.acquire(new EmbeddedSettings("h2", 0, false), dataDir);
        try (MongoClient client = MongoClients.create(embedded.connectionString())) {
            MongoCollection<BsonDocument> commits = client.getDatabase("wenping")
                    .getCollection(EventStoreCollections.COMMITS, BsonDocument.class);
            // The first pass reads a file no cache holds yet; the second is the baseline.
            scan(commits, "first");
            scan(commits, "second");
        } finally {
            embedded.release();
        }
        WenpingApplication.main(new String[]{"--wenping.rebuild=all", "--spring.profiles.active=demo",
                "--wenping.data-dir=" + dataDir, "--logging.level.root=WARN", "--spring.main.banner-mode=off"});
    }

    private static void scan(MongoCollection<BsonDocument> commits, String pass) {
        long start = System.nanoTime();
        long documents = 0;
        for (BsonDocument ignored : commits.find().batchSize(1000)) documents++;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| raw scan of event_commits, %s pass | %d documents in %.1f s = %.0f documents/s |%n",
                pass, documents, seconds, documents / seconds);
    }
}
