package org.wenping.query.reports;

/** The unit a matter's acts are counted for. */
record ReportedMatter(String matterId, String jurisdiction, String responsibleUnit) {
}
