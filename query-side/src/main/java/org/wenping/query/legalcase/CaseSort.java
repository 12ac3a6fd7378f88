package org.wenping.query.legalcase;

import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;

import java.util.Comparator;
import java.util.function.Function;

/**
 * The order of the case list: one field, ascending or descending ({@code -listedOn}, the default), ties broken by
 * the case id in the same direction so that pages never overlap.
 */
enum CaseSort {
    LISTED_ON("listedOn", "listedOn", view -> view.listing().listedOn()),
    LAST_CHANGED_AT("lastChangedAt", CaseStatusRepository.LAST_CHANGED_KEY, view -> view.progress().lastChangedAt()),
    CASE_NUMBER("caseNumber", "caseNumber", view -> view.facts().caseNumber());

    static final String DEFAULT = "-listedOn";

    private final String parameter;
    private final String storedField;
    private final Function<CaseStatusView, ? extends Comparable<?>> key;

    CaseSort(String parameter, String storedField, Function<CaseStatusView, ? extends Comparable<?>> key) {
        this.parameter = parameter;
        this.storedField = storedField;
        this.key = key;
    }

    String storedField() {
        return storedField;
    }

    /** The order named by a {@code sort} parameter such as {@code caseNumber} or {@code -lastChangedAt}. */
    static Ordered parse(String sort) {
        String wanted = sort == null || sort.isBlank() ? DEFAULT : sort.trim();
        boolean descending = wanted.startsWith("-");
        String name = descending ? wanted.substring(1) : wanted;
        for (CaseSort field : values()) {
            if (field.parameter.equals(name)) return new Ordered(field, descending);
        }
        throw new IllegalArgumentException("sort");
    }

    /** A field and its direction, as a comparator for the catalog and as a MongoDB sort. */
    record Ordered(CaseSort field, boolean descending) {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Comparator<CaseStatusView> comparator() {
            Comparator<CaseStatusView> ascending = Comparator.comparing((Function) field.key);
            ascending = ascending.thenComparing(CaseStatusView::id);
            return descending ? ascending.reversed() : ascending;
        }

        Bson mongoSort() {
            return descending ? Sorts.descending(field.storedField, "_id") : Sorts.ascending(field.storedField, "_id");
        }
    }
}
