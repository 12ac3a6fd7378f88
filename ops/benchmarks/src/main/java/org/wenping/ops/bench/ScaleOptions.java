package org.wenping.ops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's command line: {@code --matters=N} (100 000), {@code --events=N} (stop once the store holds that
 * many, 2 000 000), {@code --data-dir=PATH} (target/scale-data; a second run on it resumes), {@code --threads=N} (2),
 * {@code --stages=10000,20000,…} (the store sizes to measure at) and {@code --projections=true} to leave the read
 * models' processors running while writing.
 */
record ScaleOptions(long matters, long events, Path dataDir, int threads, List<Long> stages, boolean projections) {
    static final String USAGE = "usage: ScaleDataGenerator [--matters=100000] [--events=2000000] "
            + "[--data-dir=target/scale-data] [--threads=2] [--stages=10000,20000,50000,…] [--projections=false]";
    private static final List<Long> STAGES = List.of(10_000L, 20_000L, 50_000L, 100_000L, 200_000L, 500_000L,
            1_000_000L, 1_500_000L, 2_000_000L);

    static ScaleOptions parse(String[] args) {
        long matters = 100_000;
        long events = 2_000_000;
        Path dataDir = Path.of("target", "scale-data");
        int threads = 2;
        List<Long> stages = STAGES;
        boolean projections = false;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || pair[1].isBlank()) throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            String value = pair[1].replace("_", "");
            switch (pair[0]) {
                case "--matters" -> matters = Long.parseLong(value);
                case "--events" -> events = Long.parseLong(value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--stages" -> stages = Arrays.stream(value.split(",")).map(Long::parseLong).sorted().toList();
                case "--projections" -> projections = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return new ScaleOptions(matters, events, dataDir, threads, stages, projections);
    }
}
