package org.wenping.ops.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.RawBsonDocument;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.JsonSerializers;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.ops.verify.VerifyReport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The cost of tamper evidence, measured in one run on the embedded server (H2 backend): appends without
 * a signature beside Ed25519 and SM2 signatures (1 and 8 threads), and on the signed store the verify rate
 * beside a raw scan of the same documents and a plain SHA-256 loop over the same bytes. Run with
 * {@code java -cp ops/benchmarks/target/wenping-bench.jar -Dloader.main=org.wenping.ops.bench.IntegrityBenchmark
 * org.springframework.boot.loader.launch.PropertiesLauncher --events=20000}.
 */
public final class IntegrityBenchmark {
    private static final Duration LIMIT = Duration.ofMinutes(3);

    private IntegrityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = BenchOptions.parse(args);
        Path dataDir = options.dataDir() != null ? options.dataDir() : Files.createTempDirectory("wenping-integrity-bench-");
        ResultTable table = new ResultTable();
        table.note("events per append phase", options.events());
        table.note("cores", Runtime.getRuntime().availableProcessors());
        EmbeddedMongo embedded = EmbeddedMongo.acquire(EmbeddedSettings.h2(), dataDir);
        int status = 1;
        try (MongoClient client = MongoClients.create(embedded.connectionString())) {
            List<Measurement> appends = new ArrayList<>();
            NoteSigner ed25519 = NoteSigner.generate("bench.wenping/ed25519", SignatureAlgorithm.ED25519);
            NoteSigner sm2 = NoteSigner.generate("bench.wenping/sm2", SignatureAlgorithm.SM2_SM3);
            appends.addAll(appendPhases(client.getDatabase("unsigned"), embedded, null, "unsigned", options.events()));
            appends.addAll(appendPhases(client.getDatabase("sm2"), embedded, sm2, "SM2-SM3", options.events()));
            MongoDatabase signed = client.getDatabase("ed25519");
            appends.addAll(appendPhases(signed, embedded, ed25519, "Ed25519", options.events()));
            table.add(appends);
            for (int threads = 0; threads < 2; threads++) {
                table.ratio(appends.get(2 + threads), appends.get(threads));
                table.ratio(appends.get(4 + threads), appends.get(threads));
            }
            List<Measurement> reads = readPhases(signed, KeyRing.of(ed25519.verifier()));
            table.add(reads);
            table.ratio(reads.get(0), reads.get(1));
            table.ratio(reads.get(0), reads.get(2));
            System.out.print(table.markdown());
            status = 0;
        } finally {
            embedded.release();
            System.out.flush();
            System.exit(status);
        }
    }

    private static List<Measurement> appendPhases(MongoDatabase database, EmbeddedMongo embedded, NoteSigner signer,
                                                  String label, long events) throws InterruptedException {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder().database(database).durability(embedded)
                .eventSerializer(JsonSerializers.kernelJson()).snapshotSerializer(JsonSerializers.kernelJson())
                .signer(signer).build();
        try {
            EventStoreBench store = new EventStoreBench(engine, UUID.randomUUID().toString().substring(0, 8));
            store.append("warm-up " + label, 4, Math.min(2000, events / 4), LIMIT);
            return List.of(store.append("append " + label + ", 1 thread", 1, events / 2, LIMIT),
                    store.append("append " + label + ", 8 threads", 8, events, LIMIT));
        } finally {
            engine.close();
        }
    }

    private static List<Measurement> readPhases(MongoDatabase database, KeyRing keys) throws Exception {
        EventStoreCollections collections = EventStoreCollections.in(database);
        long start = System.nanoTime();
        VerifyReport report = new StoreVerifier(collections, keys).verify(null, position -> { });
        Measurement verify = new Measurement("verify (signatures, hashes, order)" + (report.ok() ? "" : " NOT OK"),
                report.checked(), System.nanoTime() - start, "events/s");

        MongoCollection<RawBsonDocument> raw = database.getCollection(EventStoreCollections.COMMITS, RawBsonDocument.class);
        List<byte[]> bytes = new ArrayList<>();
        long events = 0;
        start = System.nanoTime();
        for (RawBsonDocument commit : raw.find().sort(Sorts.ascending("_id")).batchSize(1000)) {
            org.bson.ByteBuf buffer = commit.getByteBuffer();
            byte[] document = new byte[buffer.remaining()];
            buffer.get(document);
            bytes.add(document);
            events += commit.getInt32("count").getValue();
        }
        Measurement scan = new Measurement("raw scan of the same commits (sorted by _id)", events, System.nanoTime() - start, "events/s");

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        start = System.nanoTime();
        long total = 0;
        for (byte[] document : bytes) {
            sha256.update(document);
            total += sha256.digest().length;
        }
        long sizeBytes = bytes.stream().mapToLong(b -> b.length).sum();
        Measurement sha = new Measurement("plain SHA-256 over the same bytes (" + sizeBytes / 1024 + " KiB)",
                events, System.nanoTime() - start + (total == 0 ? 1 : 0), "events/s");
        return List.of(verify, scan, sha);
    }
}
