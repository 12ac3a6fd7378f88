package org.wenping.ops.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The Markdown report: the setting, one row per measurement, then the ratios of ours to the raw driver. */
final class ResultTable {
    private final Map<String, String> setting = new LinkedHashMap<>();
    private final List<Measurement> rows = new ArrayList<>();
    private final List<String> ratios = new ArrayList<>();

    void note(String key, Object value) {
        setting.put(key, String.valueOf(value));
    }

    void add(List<Measurement> measurements) {
        rows.addAll(measurements);
    }

    void ratio(Measurement ours, Measurement raw) {
        double ratio = raw.rate() == 0 ? Double.NaN : ours.rate() / raw.rate();
        ratios.add(String.format(Locale.ROOT, "| %s / %s | %s / %s | **%.2f** |", ours.name(), raw.name(),
                number(ours.rate()), number(raw.rate()), ratio));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| setting | value |\n|---|---|\n");
        setting.forEach((key, value) -> out.append("| ").append(key).append(" | ").append(value).append(" |\n"));
        out.append("\n| # | measurement | operations | seconds | rate | unit |\n|---|---|---:|---:|---:|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            Measurement m = rows.get(i);
            out.append(String.format(Locale.ROOT, "| %d | %s | %d | %.2f | %s | %s |%n", i + 1, m.name(),
                    m.operations(), m.seconds(), number(m.rate()), m.unit()));
        }
        out.append("\n| ratio | rates | ours ÷ raw |\n|---|---|---:|\n");
        ratios.forEach(line -> out.append(line).append('\n'));
        return out.toString();
    }

    private static String number(double rate) {
        return rate >= 100 ? String.format(Locale.ROOT, "%,.0f", rate) : String.format(Locale.ROOT, "%.1f", rate);
    }
}
