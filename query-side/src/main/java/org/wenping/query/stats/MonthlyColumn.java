package org.wenping.query.stats;

/** One counted column of the monthly table: a stable key for programs and the zh-CN header for people. */
record MonthlyColumn(String key, String header) {
}
