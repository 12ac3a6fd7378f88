package org.wenping.query.listing;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The order of a status list: one field, ascending or descending, ties broken by the record id in the same
 * direction so that pages never overlap; as a comparator for the catalog and as a MongoDB sort for the indexes.
 */
public record ListOrder<V>(SortField<V> field, boolean descending, Function<V, String> id) {

    /** The order named by a {@code sort} parameter such as {@code title} or {@code -lastChangedAt}; else the default. */
    public static <V> ListOrder<V> parse(String sort, String byDefault, List<? extends SortField<V>> fields,
                                         Function<V, String> id) {
        String wanted = sort == null || sort.isBlank() ? byDefault : sort.trim();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        for (SortField<V> field : fields) {
            if (field.parameter().equals(name)) return new ListOrder<>(field, descending, id);
        }
        throw new IllegalArgumentException("sort");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<V> comparator() {
        Comparator<V> ascending = Comparator.comparing((Function) field.key());
        ascending = ascending.thenComparing(id);
        return descending ? ascending.reversed() : ascending;
    }

    public Bson mongoSort() {
        return descending ? Sorts.descending(field.storedField(), "_id") : Sorts.ascending(field.storedField(), "_id");
    }
}
