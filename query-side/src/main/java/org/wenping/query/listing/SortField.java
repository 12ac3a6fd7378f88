package org.wenping.query.listing;

import java.util.function.Function;

/**
 * A field a status list can be ordered by: the name of its {@code sort} parameter, the stored field a declared
 * index leads with (to serve the order without sorting in memory), and the view's value to compare in memory.
 */
public record SortField<V>(String parameter, String storedField, Function<V, ? extends Comparable<?>> key) {
}
