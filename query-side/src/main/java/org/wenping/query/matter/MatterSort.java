package org.wenping.query.matter;

import org.wenping.query.listing.ListOrder;
import org.wenping.query.listing.SortField;

import java.util.List;
import java.util.function.Function;

/** The orders of the status list ({@code -registeredOn}, the default): see {@link ListOrder}. */
enum MatterSort implements SortField<MatterStatusView> {
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

    @Override
    public String parameter() {
        return parameter;
    }

    /** The stored field a declared index must lead with to serve this order without sorting in memory. */
    @Override
    public String storedField() {
        return storedField;
    }

    @Override
    public Function<MatterStatusView, ? extends Comparable<?>> key() {
        return key;
    }

    /** The order named by a {@code sort} parameter such as {@code title} or {@code -lastChangedAt}. */
    static ListOrder<MatterStatusView> parse(String sort) {
        return ListOrder.parse(sort, DEFAULT, List.of(values()), MatterStatusView::id);
    }
}
