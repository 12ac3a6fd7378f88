package org.wenping.ops.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * A progress bar redrawn in place once a second on a terminal ({@code \r}); into a file (nohup) one line every
 * thirty seconds instead, so that the log stays readable.
 */
final class ProgressBar implements AutoCloseable {
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final long target;
    private final LongSupplier done;
    private final LongSupplier matters;
    private final boolean terminal = System.console() != null;
    private final long startDone;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "progress-bar");
        thread.setDaemon(true);
        return thread;
    });

    ProgressBar(PrintStream out, long target, LongSupplier done, LongSupplier matters) {
        this.out = out;
        this.target = target;
        this.done = done;
        this.matters = matters;
        this.startDone = done.getAsLong();
        ticker.scheduleAtFixedRate(this::draw, 1, terminal ? 1 : 30, TimeUnit.SECONDS);
    }

    /** Prints a line of its own (a stage's figures) without tearing the bar. */
    synchronized void println(String line) {
        out.print(terminal ? "\r" + " ".repeat(WIDTH + 90) + "\r" : "");
        out.println(line);
        out.flush();
    }

    synchronized void draw() {
        long now = done.getAsLong();
        double fraction = Math.min(1, (double) now / target);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = (now - startDone) / Math.max(seconds, 1e-3);
        String eta = rate <= 0 ? "?" : String.format(Locale.ROOT, "%.0f min", (target - now) / rate / 60);
        String line = String.format(Locale.ROOT, "[%s%s] %,d / %,d events %5.1f %%  %,d matters  %,.0f events/s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), now, target, 100 * fraction, matters.getAsLong(), rate, eta);
        out.print(terminal ? "\r" + line : line + "\n");
        out.flush();
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        draw();
        out.println();
    }
}
