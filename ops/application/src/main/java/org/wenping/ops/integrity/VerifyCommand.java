package org.wenping.ops.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.wenping.ops.mongo.MongoConfiguration;
import org.wenping.ops.mongo.StoreProperties;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.verify.Breach;
import org.wenping.ops.verify.StoreVerifier;
import org.wenping.ops.verify.VerifyReport;

import com.mongodb.client.MongoDatabase;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code java -jar wenping.jar --wenping.verify}: verifies the raw store without starting the web server
 * or Axon, with a progress bar on standard error and the report as JSON on standard output. Exit code
 * 0 intact, 1 manipulation, 2 gap or truncation, 3 only notices. {@code --wenping.verify.checkpoint=<file>}
 * names a checkpoint kept elsewhere to hold the store against (default: the checkpoint directory).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, IntegrityProperties.class})
@Import(MongoConfiguration.class)
public class VerifyCommand {
    public static final String FLAG = "--wenping.verify";

    public static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VerifyCommand.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            StoreProperties store = context.getBean(StoreProperties.class);
            IntegrityProperties properties = context.getBean(IntegrityProperties.class);
            SigningKeys keys = SigningKeys.load(properties, store.dataDir());
            MongoDatabase database = context.getBean(MongoDatabase.class);
            PublishedCheckpoints published = new PublishedCheckpoints(database, properties.checkpointDirectory(store.dataDir()));
            Checkpoint trusted = explicitCheckpoint(context.getEnvironment().getProperty("wenping.verify.checkpoint"), keys)
                    .or(() -> published.trusted(keys.trusted())).orElse(null);
            StoreVerifier verifier = new StoreVerifier(EventStoreCollections.in(database), keys.trusted());
            ProgressBar bar = new ProgressBar(System.err, Math.max(1, verifier.durableHead()));
            VerifyReport report = verifier.verify(trusted, bar::show);
            bar.done(report.checked());
            print(report, System.err);
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
            return report.exitCode();
        } catch (Exception e) {
            System.err.println("校验无法完成:" + e.getMessage());
            return 4;
        }
    }

    private static Optional<Checkpoint> explicitCheckpoint(String file, SigningKeys keys) throws java.io.IOException {
        if (file == null || file.isBlank()) return Optional.empty();
        SignedNote note = SignedNote.parse(Files.readString(Path.of(file), StandardCharsets.UTF_8));
        if (keys.trusted().verifiers().stream().noneMatch(note::signedBy)) {
            throw new IllegalArgumentException("检查点 " + file + " 没有可信密钥的签名");
        }
        return Optional.of(Checkpoint.parse(note.text()));
    }

    private static void print(VerifyReport report, PrintStream out) {
        out.println(report.ok() ? "完好:已校验 " + report.checked() + " 个事件" : "发现 " + report.breaches().size() + " 处破坏:");
        for (Breach breach : report.breaches()) {
            out.printf("  第 %d 位  %-14s %s  %s%n", breach.position(), breach.kind(),
                    breach.aggregateId() == null ? "-" : breach.aggregateId(), breach.detail());
        }
        report.notices().forEach(notice -> out.println("  注意:" + notice));
    }

    /** A one-line bar redrawn in place: [#####.....]  52.3 %  10 420/19 930  1 830 events/s. */
    private static final class ProgressBar {
        private final PrintStream out;
        private final long total;
        private final long started = System.nanoTime();

        ProgressBar(PrintStream out, long total) {
            this.out = out;
            this.total = total;
        }

        void show(long position) {
            double percent = Math.min(100, 100.0 * position / total);
            int filled = (int) Math.round(percent / 5);
            double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
            out.printf("\r[%s%s] %5.1f %%  %,d/%,d  %,.0f events/s", "#".repeat(filled), ".".repeat(20 - filled),
                    percent, position, total, position / seconds);
        }

        void done(long checked) {
            show(Math.max(checked, total));
            out.println();
        }
    }
}
