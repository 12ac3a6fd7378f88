package org.wenping.ops.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.integrity.IntegrityMonitor;
import org.wenping.ops.replay.ProcessorProgress;
import org.wenping.ops.replay.ProjectionRebuilds;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.query.readmodel.ReadModels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * The province-scale store the {@link ScaleDataGenerator} made, read as the province reads it: every projection
 * rebuilt from the first event (timed, its warnings and errors counted, a pass that starts again reported), the raw
 * scan of the same store as its baseline, then the dossier, list pages, statistics and one person's page over HTTP
 * as a province-level 档案管理 and 督查 user, each beside a raw find of the same documents. Heap after a full GC at
 * the end. Run it on a copy of the data directory: the rebuild rewrites its read models. What is logged at WARN and
 * ERROR is counted from the end of the start-up. {@code --rebuild=false} reads a store whose read models a run
 * before rebuilt: it waits for them to stand at the head and measures the scan and the reads only;
 * {@code --rebuild=matter-status,…} rebuilds only the projections named. The scan reads {@code event_commits} by
 * {@code _id $in} pages of keys, as the catch-up reader and the verifier do: a whole-collection query would make the
 * embedded server hold the whole result in this process's heap, which a 2 M-event store (3.7 GB) does not fit at
 * {@code -Xmx4g}. {@code --scan=false} leaves it out.
 * <pre>java -Xmx4g -cp wenping-benchmarks.jar -Dloader.main=org.wenping.ops.bench.ScaleReadBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --data-dir=/tmp/scale --matters=100000 --cases=10000 [--rebuild=false|all|p1,p2] [--scan=false]</pre>
 */
public final class ScaleReadBenchmark {
    /** The demo's password ("demo"), hashed. */
    private static final String DEMO_PASSWORD = "$2a$10$UvK8Y7UL.vqtKGb7POgfVuJd1BGIICscO70UPAaQocsYpid7cWoEa";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ScaleReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String dataDir = option(args, "--data-dir=", null);
        int matters = Integer.parseInt(option(args, "--matters=", "100000"));
        int cases = Integer.parseInt(option(args, "--cases=", "10000"));
        String rebuild = option(args, "--rebuild=", "all");
        boolean scan = !"false".equals(option(args, "--scan=", "true"));
        if (dataDir == null) throw new IllegalArgumentException("usage: ScaleReadBenchmark --data-dir=<a copy> [--matters=N] [--cases=N]");
        List<String> settings = new ArrayList<>(List.of("--server.port=0", "--spring.profiles.active=demo",
                "--wenping.data-dir=" + dataDir, "--logging.level.root=WARN", "--spring.main.banner-mode=off",
                "--wenping.security.installation-jurisdiction=620000"));
        // The benchmark says which projections it rebuilds; a store from an older release would otherwise have all
        // of them rebuilt at the start beside the ones named.
        settings.add("--wenping.read-models.rebuild-outdated=false");
        settings.addAll(provinceUser(0, "province-archivist", "省档案", "ARCHIVIST"));
        settings.addAll(provinceUser(1, "province-inspector", "省督查", "INSPECTOR"));
        ConfigurableApplicationContext app = new SpringApplicationBuilder(WenpingApplication.class).run(settings.toArray(String[]::new));
        // Spring Boot sets logging up afresh while it starts: an appender attached before would be gone.
        LoggedTrouble trouble = LoggedTrouble.attach();
        int status = 1;
        try {
            run(app, matters, cases, rebuild, scan, trouble);
            status = 0;
        } finally {
            app.close();
            System.exit(status);
        }
    }

    private static void run(ConfigurableApplicationContext app, int matters, int cases, String rebuild, boolean scan,
                            LoggedTrouble trouble) throws Exception {
        MongoDatabase database = app.getBean(MongoDatabase.class);
        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        long events = store.durablePosition();
        System.out.printf(Locale.ROOT, "| store | %,d events, %d matters, %d cases; max heap %d MiB; %d cores |%n", events,
                matters, cases, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        List<String> rebuilt = switch (rebuild) {
            case "false" -> List.of();
            case "all" -> projections.projections();
            default -> List.of(rebuild.split(","));
        };
        double rebuildRate = rebuilt.isEmpty() ? Double.NaN : rebuild(projections, rebuilt, events);
        if (rebuilt.isEmpty()) ReadModelBenchmark.awaitCaughtUp(projections);
        System.out.println("| logged during the " + (rebuilt.isEmpty() ? "catch-up" : "rebuild") + " | " + trouble.summary() + " |");
        awaitFirstVerification(app.getBean(IntegrityMonitor.class));
        if (scan) {
            // By pages of keys, as the catch-up reader and the verifier read: a whole-collection query would make the
            // embedded server hold the whole result (3.7 GB at 2 M events) in this process's heap.
            ReadModelBenchmark.pagedScanRate(database, events);
            double scanRate = ReadModelBenchmark.pagedScanRate(database, events);
            System.out.printf(Locale.ROOT, "| raw scan of event_commits by `_id $in` pages of 1 000 keys, second pass | %.0f events/s; rebuild ÷ scan = %.3f |%n",
                    scanRate, rebuildRate / scanRate);
        }
        probe(app, matters, cases);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "| heap in use after a full GC | %d MiB of %d MiB |%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, runtime.maxMemory() >> 20);
        System.out.println("| logged in the whole run | " + trouble.summary() + " |");
    }

    /** The whole store's first verification after a start reads every event: nothing is timed before it ends. */
    private static void awaitFirstVerification(IntegrityMonitor monitor) throws InterruptedException {
        while (monitor.health().getStatus().equals(Status.UNKNOWN)) Thread.sleep(1000);
        System.out.println("| integrity after the start | " + monitor.health().getStatus() + " " + monitor.health().getDetails() + " |");
    }

    /** Every projection rebuilt at once; a processor whose position goes back has started its pass again. */
    private static double rebuild(ProjectionRebuilds projections, List<String> rebuilt, long events) throws InterruptedException {
        long start = System.nanoTime();
        rebuilt.forEach(projections::rebuild);
        List<Long> last = new ArrayList<>();
        int restarts = 0;
        long lastReport = start;
        while (true) {
            List<ProcessorProgress> progress = projections.progress();
            List<Long> positions = progress.stream().map(ProcessorProgress::position).toList();
            for (int i = 0; i < Math.min(last.size(), positions.size()); i++) if (positions.get(i) < last.get(i)) restarts++;
            last = positions;
            if (progress.stream().allMatch(p -> p.position() >= p.head() && !p.replaying())) break;
            if (System.nanoTime() - lastReport > 60e9) {
                lastReport = System.nanoTime();
                long slowest = positions.stream().mapToLong(Long::longValue).min().orElse(0);
                System.out.printf(Locale.ROOT, "  %4.0f s: slowest projection at %,d of %,d (%.0f events/s)%n",
                        (lastReport - start) / 1e9, slowest, events, slowest / ((lastReport - start) / 1e9));
            }
            Thread.sleep(1000);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "| rebuild of %s | %,d events in %.0f s = %.0f events/s; passes started again: %d |%n",
                rebuilt, events, seconds, events / seconds, restarts);
        return events / seconds;
    }

    private static void probe(ConfigurableApplicationContext app, int matters, int cases) throws Exception {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpProbe archivist = new HttpProbe(port, "province-archivist");
        HttpProbe inspector = new HttpProbe(port, "province-inspector");
        Random random = new Random(7);
        System.out.println("| dossier of a matter p50 / p99 / max | " + archivist.latencies(1000,
                i -> "/api/matters/" + ScaleMatter.id(random.nextInt(matters)).value() + "/dossier") + " |");
        MongoEventStorageEngine store = app.getBean(MongoEventStorageEngine.class);
        System.out.println("| baseline: the same matter's events loaded from the store p50 / p99 / max | "
                + Timings.of(1000, i -> store.readEvents(ScaleMatter.id(random.nextInt(matters)).value()).asStream().count()) + " |");
        String[] filters = {"stage=CLOSED&sort=-registeredOn", "jurisdiction=620100&sort=title", "category=POLICY&year=2020&page=3",
                "q=第1&sort=-lastChangedAt", "overdue=false&size=50&page=40"};
        System.out.println("| filtered sorted list page of matters p50 / p99 / max | " + archivist.latencies(500,
                i -> "/api/matters?" + filters[i % filters.length]) + " |");
        ReadModels readModels = app.getBean(ReadModels.class);
        RawFindProbe raw = new RawFindProbe(readModels.live("matter_status").withDocumentClass(BsonDocument.class));
        System.out.println("| baseline: raw find of one matter_status document by _id p50 / p99 / max | " + raw.latencies(1000,
                i -> Filters.eq("_id", ScaleMatter.id(random.nextInt(matters)).value()), null, 1) + " |");
        System.out.println("| baseline: raw find stage=CLOSED sorted by registeredOn desc, first 20, p50 / p99 / max | "
                + raw.latencies(20, i -> Filters.eq("stage", "CLOSED"), Sorts.descending("registeredOn"), 20) + " |");
        System.out.println("| /api/stats (the whole province) p50 / p99 / max | " + archivist.latencies(300, i -> "/api/stats") + " |");
        RawFindProbe cells = new RawFindProbe(readModels.live("matter_figures").withDocumentClass(BsonDocument.class));
        System.out.println("| baseline: raw find of every cell the statistics add up (matter_figures) p50 / p99 / max | "
                + cells.latencies(300, i -> new BsonDocument(), null, 0) + " |");
        if (cases > 0) {
            System.out.println("| dossier of a case p50 / p99 / max | " + archivist.latencies(500,
                    i -> "/api/cases/" + ScaleCase.id(random.nextInt(cases)).value() + "/dossier") + " |");
            System.out.println("| list page of cases p50 / p99 / max | " + archivist.latencies(300, i -> "/api/cases?page=" + (i % 20)) + " |");
        }
        String person = "assessor-6201-3";
        IntFunction<String> personPage = i -> "/api/people/" + person + "/accountability?size=50&page=" + (i % 10);
        System.out.println("| one person's page of 50 matters (" + person + ") p50 / p99 / max | "
                + inspector.latencies(300, personPage) + " |");
        List<List<String>> pageKeys = new ArrayList<>();
        for (int page = 0; page < 10; page++) {
            List<String> keys = new ArrayList<>();
            JSON.readTree(inspector.body(personPage.apply(page))).path("matters")
                    .forEach(matter -> keys.add(person + "|" + matter.path("matterId").asText()));
            pageKeys.add(keys);
        }
        RawFindProbe actions = new RawFindProbe(readModels.live("person_actions").withDocumentClass(BsonDocument.class));
        System.out.println("| baseline: raw find of the same page's 50 person_actions documents by `_id $in` p50 / p99 / max | "
                + actions.latencies(300, i -> Filters.in("_id", pageKeys.get(i % 10)), null, 0) + " |");
    }

    /** A user of the whole province in place of the demo's 酒泉市 users. */
    private static List<String> provinceUser(int index, String username, String displayName, String role) {
        String prefix = "--wenping.security.users[" + index + "].";
        return List.of(prefix + "username=" + username, prefix + "passwordHash=" + DEMO_PASSWORD, prefix + "displayName=" + displayName,
                prefix + "role=" + role, prefix + "unit=省委政法委", prefix + "jurisdiction=620000");
    }

    private static String option(String[] args, String prefix, String otherwise) {
        for (String arg : args) if (arg.startsWith(prefix)) return arg.substring(prefix.length());
        return otherwise;
    }
}
