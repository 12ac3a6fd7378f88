package org.wenping.ops.bench;

import java.nio.file.Path;

/** The command line: {@code --events=N} (default 20000) and {@code --data-dir=PATH} (default a fresh temporary directory). */
record BenchOptions(long events, Path dataDir) {
    static final long DEFAULT_EVENTS = 20_000;
    static final String USAGE = "usage: StoreBenchmark [--events=N (" + DEFAULT_EVENTS + ", 100..10000000)] [--data-dir=PATH]";

    static BenchOptions parse(String[] args) {
        long events = DEFAULT_EVENTS;
        Path dataDir = null;
        for (String arg : args) {
            if (arg.startsWith("--events=")) {
                events = parseEvents(arg.substring("--events=".length()));
            } else if (arg.startsWith("--data-dir=") && arg.length() > "--data-dir=".length()) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return new BenchOptions(events, dataDir);
    }

    private static long parseEvents(String value) {
        try {
            long events = Long.parseLong(value.replace("_", ""));
            if (events >= 100 && events <= 10_000_000) return events;
        } catch (NumberFormatException e) {
            // answered below with the usage
        }
        throw new IllegalArgumentException("--events must be a number from 100 to 10000000, not " + value + "\n" + USAGE);
    }
}
