package org.wenping.ops.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The generator's command line: {@code --matters=N} (100 000), {@code --cases=N} (政法办案 cases, a tenth of the
 * matters), {@code --events=N} (stop once the store holds that many, 2 000 000), {@code --data-dir=PATH}
 * (target/scale-data; a second run on it resumes), {@code --threads=N} (2), {@code --stages=10000,20000,…} (the
 * store sizes to measure at) and {@code --projections=true} to leave the read models' processors running while
 * writing.
 */
record ScaleOptions(long matters, long cases, long events, Path dataDir, int threads, List<Long> stages,
                    boolean projections) {
    static final String USAGE = "用法:ScaleDataGenerator [--matters=100000] [--cases=10000] [--events=2000000] "
            + "[--data-dir=target/scale-data] [--threads=2] [--stages=10000,20000,50000,…] [--projections=false]";
    private static final List<Long> STAGES = List.of(10_000L, 20_000L, 50_000L, 100_000L, 200_000L, 500_000L,
            1_000_000L, 1_500_000L, 2_000_000L);

    static ScaleOptions parse(String... args) {
        long matters = 100_000;
        Long cases = null;
        long events = 2_000_000;
        Path dataDir = Path.of("target", "scale-data");
        int threads = 2;
        List<Long> stages = STAGES;
        boolean projections = false;
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length != 2 || pair[1].isBlank()) throw new IllegalArgumentException("未知参数 " + arg + "\n" + USAGE);
            String value = pair[1].replace("_", "");
            switch (pair[0]) {
                case "--matters" -> matters = count(pair[0], value);
                case "--cases" -> cases = count(pair[0], value);
                case "--events" -> events = count(pair[0], value);
                case "--data-dir" -> dataDir = Path.of(value);
                case "--threads" -> threads = Integer.parseInt(value);
                case "--stages" -> stages = Arrays.stream(value.split(",")).map(Long::parseLong).sorted().toList();
                case "--projections" -> projections = Boolean.parseBoolean(value);
                default -> throw new IllegalArgumentException("未知参数 " + arg + "\n" + USAGE);
            }
        }
        if (cases == null) cases = matters / 10;
        // Cases are written with the matters' blocks, a share in each: without matters there is no block to carry them.
        if (matters == 0 && cases > 0) {
            throw new IllegalArgumentException("--cases=" + cases + " 须随重大事项分块写入,--matters 不能为 0\n" + USAGE);
        }
        return new ScaleOptions(matters, cases, events, dataDir, threads, stages, projections);
    }

    private static long count(String option, String value) {
        try {
            long count = Long.parseLong(value);
            if (count >= 0) return count;
        } catch (NumberFormatException e) {
            // answered below with the usage
        }
        throw new IllegalArgumentException(option + " 须为非负整数,而不是“" + value + "”\n" + USAGE);
    }
}
