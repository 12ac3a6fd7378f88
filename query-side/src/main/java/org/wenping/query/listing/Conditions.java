package org.wenping.query.listing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A list filter as a predicate for the in-memory catalog, made of the conditions asked for only: over 100 000 views,
 * reaching into a part of a view that no filter needs costs more than a test.
 */
public final class Conditions<V> {
    private final List<Predicate<V>> asked = new ArrayList<>();

    /** {@code condition}, if the filter it stands for was given. */
    public Conditions<V> when(boolean given, Predicate<V> condition) {
        if (given) asked.add(condition);
        return this;
    }

    /** The view's value equals {@code wanted}, unless nothing is wanted (null or blank). */
    public Conditions<V> equal(String wanted, Function<V, String> actual) {
        return when(!blank(wanted), view -> wanted.equals(actual.apply(view)));
    }

    /** The view's text contains {@code wanted} (trimmed), unless nothing is wanted. */
    public Conditions<V> contains(String wanted, Function<V, String> actual) {
        if (blank(wanted)) return this;
        String text = wanted.trim();
        return when(true, view -> actual.apply(view).contains(text));
    }

    public Predicate<V> all() {
        return asked.stream().reduce(view -> true, Predicate::and);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
