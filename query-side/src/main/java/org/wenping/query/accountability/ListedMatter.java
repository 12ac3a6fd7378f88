package org.wenping.query.accountability;

/** A matter in a person's list, with the jurisdiction that decides which readers may see it. */
record ListedMatter(String matterId, String jurisdiction) {
}
