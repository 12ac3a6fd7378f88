package org.wenping.ops;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code --wenping.data-dir} given twice on the command line: Spring would join both values into one path
 * ({@code a,b}) and quietly open a new empty store there, so the start ends with one sentence instead.
 */
final class RepeatedDataDirectory {
    private static final String NAME = "wenping.datadir";

    private RepeatedDataDirectory() {
    }

    /** The sentence to end with, or null when the data directory is named at most once. */
    static String refusal(String[] args) {
        List<String> values = Stream.of(args).filter(RepeatedDataDirectory::namesDataDirectory)
                .map(arg -> arg.substring(arg.indexOf('=') + 1)).toList();
        if (values.size() < 2) return null;
        return "--wenping.data-dir 指定了 " + values.size() + " 次(" + String.join("、", values)
                + "),只能指定一个数据目录;请删去多余的。";
    }

    /** Spring's relaxed names: {@code data-dir}, {@code dataDir} and {@code data_dir} are one property. */
    private static boolean namesDataDirectory(String arg) {
        if (!arg.startsWith("--") || !arg.contains("=")) return false;
        String name = arg.substring(2, arg.indexOf('=')).replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        return name.equals(NAME);
    }
}
