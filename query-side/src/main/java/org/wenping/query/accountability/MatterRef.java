package org.wenping.query.accountability;

/** What the per-person view needs to know of a matter: its title and the jurisdiction readers are scoped by. */
record MatterRef(String matterId, String title, String jurisdiction) {
}
