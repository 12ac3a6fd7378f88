package org.wenping.ops.replay;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * {@code java -jar wenping.jar --wenping.rebuild=all} (or a projection name): rebuilds, prints a progress
 * bar every second, reports the time taken and the rate, and exits. Run it with the server stopped: the
 * embedded store's file admits one process.
 */
@Component
class RebuildCommand implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);

    private final ProjectionRebuilds rebuilds;
    private final ConfigurableApplicationContext context;
    private final String target;

    RebuildCommand(ProjectionRebuilds rebuilds, ConfigurableApplicationContext context,
                   @Value("${wenping.rebuild:}") String target) {
        this.rebuilds = rebuilds;
        this.context = context;
        this.target = target;
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (target.isBlank()) return;
        List<String> projections = target.equals("all") ? rebuilds.projections() : List.of(target);
        long start = System.nanoTime();
        projections.forEach(rebuilds::rebuild);
        List<ProcessorProgress> progress;
        do {
            Thread.sleep(1000);
            progress = projections.stream().map(rebuilds::progress).toList();
            progress.forEach(p -> System.out.println(p.bar()));
        } while (progress.stream().anyMatch(p -> p.position() < p.head() && !p.error()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long events = progress.stream().mapToLong(ProcessorProgress::head).max().orElse(0);
        System.out.printf("重建完成: %s,%d 个事件,用时 %.1f 秒 (%.0f events/s)%n", projections, events, seconds,
                events / Math.max(seconds, 0.001));
        log.info("rebuild of {} done in {} s", projections, seconds);
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
