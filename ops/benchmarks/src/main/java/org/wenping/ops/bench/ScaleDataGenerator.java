package org.wenping.ops.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.ops.WenpingApplication;
import org.wenping.ops.store.MongoEventStorageEngine;

import java.io.IOException;
import java.nio.file.Files;

/**
 * Province-scale data: {@code --matters} matters and {@code --cases} 政法办案 cases of every city and county of
 * 甘肃省 over the years from {@value ScaleMatter#FIRST_YEAR}, written as real commands through the application's Axon
 * command bus onto its store (hash chained and signed as configured), until the store holds {@code --events} events;
 * measures a command and a load at each of {@code --stages} into {@code <data-dir>/growth.csv}. A second run on the
 * same data directory resumes. See docs/benchmarks.md.
 * <pre>java -Xmx2g -cp ops/benchmarks/target/wenping-benchmarks.jar -Dloader.main=org.wenping.ops.bench.ScaleDataGenerator \
 *      org.springframework.boot.loader.launch.PropertiesLauncher --matters=100000 --cases=10000 --events=2000000 \
 *      --data-dir=/tmp/scale</pre>
 */
public final class ScaleDataGenerator {
    private ScaleDataGenerator() {
    }

    public static void main(String[] args) {
        ScaleOptions options;
        try {
            options = ScaleOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        int status = 1;
        try (ConfigurableApplicationContext app = start(options)) {
            generate(app, options);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace();
        } finally {
            System.out.flush();
            System.exit(status);
        }
    }

    /** The application on the options' data directory, its read models' processors shut down unless asked for. */
    static ConfigurableApplicationContext start(ScaleOptions options) throws IOException {
        Files.createDirectories(options.dataDir());
        ConfigurableApplicationContext app = new SpringApplicationBuilder(WenpingApplication.class).run(
                "--server.port=0", "--spring.profiles.active=demo", "--wenping.data-dir=" + options.dataDir().toAbsolutePath(),
                "--logging.level.root=ERROR", "--spring.main.banner-mode=off",
                // Axon times each command until its unit of work ends; a command nested in a matter's unit of work
                // ends with the matter's commit, so the limit would time the whole matter, not the command.
                "--axon.timeout.enabled=false");
        if (!options.projections()) {
            // Generation measures the store; the read models catch up from their tokens on the next start.
            app.getBean(EventProcessingConfiguration.class).eventProcessors().values().forEach(EventProcessor::shutDown);
        }
        return app;
    }

    /** Writes what the data directory does not hold yet of the matters and cases the options ask for. */
    static void generate(ConfigurableApplicationContext app, ScaleOptions options) throws Exception {
        new ScaleRun(options, app.getBean(CommandGateway.class), app.getBean(EventStore.class),
                app.getBean(MongoEventStorageEngine.class), app.getBean(GradingSchemePolicy.class),
                app.getBean(PersonalDataSealer.class)).run();
    }
}
