package org.wenping.query.legalcase;

import org.wenping.query.listing.ListOrder;
import org.wenping.query.listing.SortField;

import java.util.List;

/** The orders of the case list ({@code -listedOn}, the default): see {@link ListOrder}. */
final class CaseSort {
    static final String DEFAULT = "-listedOn";
    static final List<SortField<CaseStatusView>> FIELDS = List.of(
            new SortField<>("listedOn", "listedOn", view -> view.listing().listedOn()),
            new SortField<>("lastChangedAt", CaseStatusRepository.LAST_CHANGED_KEY, view -> view.progress().lastChangedAt()),
            new SortField<>("caseNumber", "caseNumber", view -> view.facts().caseNumber()));

    private CaseSort() {
    }

    static ListOrder<CaseStatusView> parse(String sort) {
        return ListOrder.parse(sort, DEFAULT, FIELDS, CaseStatusView::id);
    }
}
