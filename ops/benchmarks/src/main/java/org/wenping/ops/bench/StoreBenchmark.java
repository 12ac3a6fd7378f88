package org.wenping.ops.bench;

import ch.qos.logback.classic.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Measures the event store against the raw driver on the embedded server in one run and prints a
 * Markdown table. No Spring context. Run from the fat jar:
 * {@code java -cp ops/target/wenping.jar -Dloader.main=org.wenping.ops.bench.StoreBenchmark
 * org.springframework.boot.loader.launch.PropertiesLauncher --events=20000}
 */
public final class StoreBenchmark {
    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean temporary = options.dataDir() == null;
        Path dataDir = temporary ? Files.createTempDirectory("wenping-bench-") : options.dataDir();
        int status = 1;
        try {
            System.out.print(new BenchRun(options.events(), dataDir).run().markdown());
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            if (temporary) delete(dataDir);
        }
        // The embedded server's network threads are not daemons: a failure half-way must not leave the JVM running.
        System.out.flush();
        System.exit(status);
    }

    /** Without Spring Boot's logging setup, logback would print every driver and server message at DEBUG. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME) instanceof ch.qos.logback.classic.Logger root) {
            root.setLevel(Level.WARN);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e);
        }
    }
}
