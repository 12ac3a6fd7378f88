package org.wenping.ops.bench;

import com.mongodb.MongoException;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.replay.ProjectionRebuilds;
import org.wenping.ops.store.MongoEventStorageEngine;

/**
 * A full rebuild against a raw scan of the same store, on an existing data directory (one a
 * {@link ReadModelBenchmark} or the scale generator left behind; use a copy, the rebuild rewrites its read
 * models). The application starts on it and its projections catch up; then two raw scans of
 * {@code event_commits} (the first warms the caches, the second is the baseline), and a rebuild of every
 * projection at once, timed until all have caught up: what {@link ReadModelBenchmark} measures, without its
 * load phase.
 * <pre>java -cp wenping-benchmarks.jar -Dloader.main=org.wenping.ops.bench.RebuildBenchmark \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --data-dir=/tmp/store-copy</pre>
 */
public final class RebuildBenchmark {
    private RebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 || !args[0].startsWith("--data-dir=")) {
            throw new IllegalArgumentException("usage: RebuildBenchmark --data-dir=<a copy of a data directory>");
        }
        ConfigurableApplicationContext app = new SpringApplicationBuilder(WenpingApplication.class).run(
                "--server.port=0", "--spring.profiles.active=demo", "--wenping.data-dir=" + args[0].substring(11),
                "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        int status = 1;
        try {
            run(app);
            status = 0;
        } finally {
            app.close();
            System.exit(status);
        }
    }

    private static void run(ConfigurableApplicationContext app) throws InterruptedException {
        ProjectionRebuilds projections = app.getBean(ProjectionRebuilds.class);
        ReadModelBenchmark.awaitCaughtUp(projections);
        long events = app.getBean(MongoEventStorageEngine.class).durablePosition();
        MongoDatabase database = app.getBean(MongoDatabase.class);
        scan(database, "first");
        double scanRate = scan(database, "second");
        long start = System.nanoTime();
        projections.projections().forEach(projections::rebuild);
        ReadModelBenchmark.awaitCaughtUp(projections);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("| rebuild of %s | %d events in %.1f s = %.0f events/s; rebuild ÷ scan = %.2f |%n",
                projections.projections(), events, seconds, events / seconds, events / seconds / scanRate);
    }

    /** A whole-collection query the embedded H2 store can fail under load (a chunk freed while it reads). */
    private static double scan(MongoDatabase database, String pass) {
        try {
            double rate = ReadModelBenchmark.rawScanRate(database);
            System.out.printf("| raw scan of event_commits, %s pass | %.0f events/s |%n", pass, rate);
            return rate;
        } catch (MongoException e) {
            System.out.printf("| raw scan of event_commits, %s pass | failed: %s |%n", pass, e.getMessage());
            return Double.NaN;
        }
    }
}
