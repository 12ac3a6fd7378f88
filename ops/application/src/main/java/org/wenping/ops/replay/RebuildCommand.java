package org.wenping.ops.replay;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import java.io.PrintStream;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * {@code java -jar wenping.jar --wenping.rebuild=all} (or a projection name): the tokens were reset before the
 * processors started ({@link RebuildBeforeStart}); this waits for them with a progress bar redrawn in place,
 * prints the time taken and the rate, and exits 0, or 1 when a projection fails or stands before a gap. Run it
 * with the server stopped: the embedded store's file admits one process. {@code WenpingApplication} starts
 * this mode without a web server.
 */
@Component
public class RebuildCommand implements ApplicationRunner {
    public static final String PROPERTY = "wenping.rebuild";
    private static final long REDRAW_MILLIS = 500;

    private final ProjectionRebuilds rebuilds;
    private final ConfigurableApplicationContext context;
    private final String target;
    private final PrintStream out = System.out;

    RebuildCommand(ProjectionRebuilds rebuilds, ConfigurableApplicationContext context,
                   @Value("${" + PROPERTY + ":}") String target) {
        this.rebuilds = rebuilds;
        this.context = context;
        this.target = target;
    }

    /** True when the arguments ask for an offline rebuild. */
    public static boolean requested(String[] args) {
        return List.of(args).stream().anyMatch(arg -> arg.startsWith("--" + PROPERTY + "="));
    }

    /** Whether this start rebuilds {@code projection} offline, in the slot readers read. */
    boolean rebuildsOffline(String projection) {
        return !target.isBlank() && targets().contains(projection);
    }

    List<String> targets() {
        List<String> known = rebuilds.projections();
        if (target.equals("all")) return known;
        if (!known.contains(target)) throw new NoSuchElementException("没有名为 " + target + " 的投影;可选:" + known);
        return List.of(target);
    }

    @Override
    public void run(ApplicationArguments args) throws InterruptedException {
        if (target.isBlank()) return;
        int code = awaitRebuilt(targets());
        System.exit(SpringApplication.exit(context, () -> code));
    }

    private int awaitRebuilt(List<String> projections) throws InterruptedException {
        long start = System.nanoTime();
        RebuildTally tally;
        while (true) {
            tally = new RebuildTally(projections.stream().map(rebuilds::progress).toList());
            out.print("\r" + tally.line((System.nanoTime() - start) / 1e9));
            if (tally.done() || tally.failure().isPresent()) break;
            Thread.sleep(REDRAW_MILLIS);
        }
        out.println();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (tally.failure().isPresent()) {
            out.println("重建失败:" + tally.failure().get());
            return 1;
        }
        out.printf("重建完成:%s,%,d 个事件,用时 %.1f 秒(%,.0f 个事件/秒)%n", projections, tally.head(), seconds,
                tally.head() / Math.max(seconds, 0.001));
        return 0;
    }
}
