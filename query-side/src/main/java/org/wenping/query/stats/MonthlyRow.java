package org.wenping.query.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of the monthly table: a 行政区划 and its counts keyed by {@link MonthlyColumn#key()}, in column order. */
record MonthlyRow(String jurisdiction, String name, Map<String, Integer> counts) {

    static MonthlyRow of(String jurisdiction, String name, int[] counts) {
        Map<String, Integer> byKey = new LinkedHashMap<>();
        List<MonthlyColumn> columns = MonthlyColumns.ALL;
        for (int i = 0; i < columns.size(); i++) byKey.put(columns.get(i).key(), counts[i]);
        return new MonthlyRow(jurisdiction, name, byKey);
    }

    int count(String key) {
        return counts.getOrDefault(key, 0);
    }
}
