package org.wenping.ops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.BsonDocument;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.replay.ProcessorProgress;
import org.wenping.ops.replay.ProjectionRebuilds;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * The read models at volume, on the embedded H2 store: loads N matters of 20 events each straight into the
 * event store, waits for the projections, times the dossier, a filtered sorted list page, the statistics
 * and one person's accountability page over HTTP, then rebuilds every projection and compares its rate
 * with a raw scan.
 * <pre>java -cp ops/target/wenping.jar -Dloader.main=org.wenping.ops.bench.ReadModelBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --matters=10000</pre>
 */
public final class ReadModelBenchmark {
    private ReadModelBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int matters = args.length > 0 && args[0].startsWith("--matters=") ? Integer.parseInt(args[0].substring(10)) : 10_000;
        Path dataDir = Files.createTempDirectory("wenping-read-bench-");
        ConfigurableApplicationContext app = new SpringApplicationBuilder(WenpingApplication.class).run(
                "--server.port=0", "--spring.profiles.active=demo", "--wenping.data-dir=" + dataDir,
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int status = 1;
        try {
            run(app, matters);
            status = 0;
        } finally {
            app.close();
            System.exit(status);
        }
    }

    private static void run(ConfigurableApplicationContext app, int matters) throws Exception {
        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        long start = System.nanoTime();
        load(store, matters);
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        awaitCaughtUp(projections);
        double liveSeconds = (System.nanoTime() - start) / 1e9;
        long events = store.durablePosition();
        System.out.printf("| loaded | %d matters, %d events in %.1f s (%.0f events/s appended, 8 threads) |%n",
                matters, events, loadSeconds, events / loadSeconds);
        System.out.printf("| projections caught up | %.1f s after the first append |%n", liveSeconds);

        HttpProbe archivist = new HttpProbe(((WebServerApplicationContext) app).getWebServer().getPort(), "archivist");
        Random random = new Random(7);
        System.out.println("| dossier p50 / p99 / max | " + archivist.latencies(1000,
                i -> "/api/matters/bench-" + random.nextInt(matters) + "/dossier") + " |");
        String[] filters = {"stage=CLOSED&sort=-registeredOn", "decision=PARTIAL&jurisdiction=620982&sort=title",
                "category=POLICY&year=2026&page=3", "q=第1&sort=-lastChangedAt", "overdue=false&size=50"};
        System.out.println("| filtered sorted list page p50 / p99 / max | " + archivist.latencies(500,
                i -> "/api/matters?" + filters[i % filters.length]) + " |");
        System.out.println("| /api/stats p50 / p99 / max | " + archivist.latencies(500, i -> "/api/stats") + " |");
        HttpProbe inspector = new HttpProbe(((WebServerApplicationContext) app).getWebServer().getPort(), "inspector");
        int pagesPerPerson = Math.max(1, matters / SyntheticMatter.PEOPLE_PER_ROLE / 50);
        System.out.println("| one person's page of 50 matters (assessor-7, " + matters / SyntheticMatter.PEOPLE_PER_ROLE
                + " matters) p50 / p99 / max | " + inspector.latencies(300, i -> "/api/people/assessor-7/accountability?size=50&page="
                + random.nextInt(pagesPerPerson)) + " |");

        RawFindProbe raw = new RawFindProbe(app.getBean(MongoDatabase.class), "matter_status");
        System.out.println("| baseline: raw find of one matter_status document by _id, p50 / p99 / max | " + raw.latencies(1000,
                i -> Filters.eq("_id", "bench-" + random.nextInt(matters)), null, 1) + " |");
        System.out.println("| baseline: raw find stage=CLOSED sorted by registeredOn desc, first 20, p50 / p99 / max | "
                + raw.latencies(500, i -> Filters.eq("stage", "CLOSED"), Sorts.descending("registeredOn"), 20) + " |");

        double scanRate = rawScanRate(app.getBean(MongoDatabase.class));
        long rebuildStart = System.nanoTime();
        projections.projections().forEach(projections::rebuild);
        awaitCaughtUp(projections);
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        System.out.printf("| rebuild of %s | %d events in %.1f s = %.0f events/s |%n", projections.projections(),
                events, rebuildSeconds, events / rebuildSeconds);
        System.out.printf("| raw scan of event_commits (same run) | %.0f events/s; rebuild ÷ scan = %.2f |%n",
                scanRate, events / rebuildSeconds / scanRate);
    }

    private static void load(MongoEventStorageEngine store, int matters) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> work = new java.util.ArrayList<>();
        for (int t = 0; t < 8; t++) {
            work.add(threads.submit(() -> {
                for (int i = next.getAndIncrement(); i < matters; i = next.getAndIncrement()) {
                    for (DomainEventMessage<?> event : SyntheticMatter.events(i)) store.appendEvents(List.of(event));
                }
            }));
        }
        for (Future<?> future : work) future.get();
        threads.shutdown();
    }

    static void awaitCaughtUp(ProjectionRebuilds projections) throws InterruptedException {
        while (true) {
            List<ProcessorProgress> progress = projections.progress();
            if (progress.stream().allMatch(p -> p.position() >= p.head() && !p.replaying())) return;
            Thread.sleep(500);
        }
    }

    /**
     * Events per second of a raw scan of {@code event_commits}: each commit document read whole and its events
     * counted, so that a rebuild's events per second compare with it whether a commit holds one event or twenty.
     */
    static double rawScanRate(MongoDatabase database) {
        long start = System.nanoTime();
        long events = 0;
        for (BsonDocument commit : database.getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                .find().batchSize(1000)) {
            events += commit.getNumber(CommitFields.COUNT).longValue();
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    /** Events per second read by {@code _id $in} pages over every key up to the head, each commit's events counted. */
    static double pagedScanRate(MongoDatabase database, long head) {
        MongoCollection<BsonDocument> commits = database.getCollection(EventStoreCollections.COMMITS, BsonDocument.class);
        long start = System.nanoTime();
        long events = 0;
        for (long first = 1; first <= head; first += 1000) {
            List<Long> keys = LongStream.rangeClosed(first, Math.min(head, first + 999)).boxed().toList();
            for (BsonDocument commit : commits.find(Filters.in("_id", keys))) events += commit.getNumber(CommitFields.COUNT).longValue();
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }
}
