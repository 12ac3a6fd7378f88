package org.wenping.query.matter;

import org.wenping.query.listing.ListOrder;
import org.wenping.query.listing.SortField;

import java.util.List;

/** The orders of the status list ({@code -registeredOn}, the default): see {@link ListOrder}. */
final class MatterSort {
    static final String DEFAULT = "-registeredOn";
    static final List<SortField<MatterStatusView>> FIELDS = List.of(
            new SortField<>("registeredOn", "registeredOn", view -> view.registration().registeredOn()),
            new SortField<>("lastChangedAt", MatterStatusRepository.LAST_CHANGED_KEY, view -> view.progress().lastChangedAt()),
            new SortField<>("title", "title", view -> view.facts().title()));

    private MatterSort() {
    }

    /** The order named by a {@code sort} parameter such as {@code title} or {@code -lastChangedAt}. */
    static ListOrder<MatterStatusView> parse(String sort) {
        return ListOrder.parse(sort, DEFAULT, FIELDS, MatterStatusView::id);
    }
}
