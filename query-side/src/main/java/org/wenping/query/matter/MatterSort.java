package org.wenping.query.matter;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order of the status list: one field, ascending or descending ({@code -registeredOn}, the default),
 * ties broken by the matter id in the same direction so that pages never overlap.
 */
enum MatterSort {
    REGISTERED_ON("registeredOn", "registeredOn", view -> view.registration().registeredOn()),
    LAST_CHANGED_AT("lastChangedAt", MatterStatusRepository.LAST_CHANGED_KEY, view -> view.progress().lastChangedAt()),
    TITLE("title", "title", view -> view.facts().title());

    static final String DEFAULT = "-registeredOn";

    private final String parameter;
    private final String storedField;
    private final Function<MatterStatusView, ? extends Comparable<?>> key;

    MatterSort(String parameter, String storedField, Function<MatterStatusView, ? extends Comparable<?>> key) {
        this.parameter = parameter;
        this.storedField = storedField;
        this.key = key;
    }

    /** The stored field a declared index must lead with to serve this order without sorting in memory. */
    String storedField() {
        return storedField;
    }

    /** The order named by a {@code sort} parameter such as {@code title} or {@code -lastChangedAt}. */
    static Ordered parse(String sort) {
        String wanted = sort == null || sort.isBlank() ? DEFAULT : sort.trim();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        for (MatterSort field : values()) {
            if (field.parameter.equals(name)) return new Ordered(field, descending);
        }
        throw new IllegalArgumentException("sort");
    }

    /** A field and its direction, as a comparator for the catalog and as a MongoDB sort. */
    record Ordered(MatterSort field, boolean descending) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<MatterStatusView> comparator() {
            Comparator<MatterStatusView> ascending = Comparator.comparing((Function) field.key);
            ascending = ascending.thenComparing(MatterStatusView::id);
            return descending ? ascending.reversed() : ascending;
        }

        Bson mongoSort() {
            return descending ? Sorts.descending(field.storedField, "_id") : Sorts.ascending(field.storedField, "_id");
        }
    }
}
