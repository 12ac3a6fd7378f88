package org.wenping.query.stats;

/** How many matters fall under one code of a dimension; {@code label} is the zh-CN name a person reads. */
record Tally(String code, String label, int count) {
}
