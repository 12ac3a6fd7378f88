package org.wenping.query.stats;

import java.util.Comparator;

/** How many matters of a cell have {@code code} for {@code figure} (for {@link Figure#INCIDENTS}, how many incidents). */
record Count(Figure figure, String code, int count) {
    static final Comparator<Count> BY_KEY = Comparator.comparing(Count::figure).thenComparing(Count::code);

    static Count one(Figure figure, String code) {
        return new Count(figure, code == null ? Counter.NONE : code, 1);
    }

    static Count number(Figure figure, int count) {
        return new Count(figure, "", count);
    }
}
