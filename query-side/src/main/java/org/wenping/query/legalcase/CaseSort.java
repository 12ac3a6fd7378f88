package org.wenping.query.legalcase;

import org.wenping.query.listing.ListOrder;
import org.wenping.query.listing.SortField;

import java.util.List;
import java.util.function.Function;

/** The orders of the case list ({@code -listedOn}, the default): see {@link ListOrder}. */
enum CaseSort implements SortField<CaseStatusView> {
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

    @Override
    public String parameter() {
        return parameter;
    }

    @Override
    public String storedField() {
        return storedField;
    }

    @Override
    public Function<CaseStatusView, ? extends Comparable<?>> key() {
        return key;
    }

    static ListOrder<CaseStatusView> parse(String sort) {
        return ListOrder.parse(sort, DEFAULT, List.of(values()), CaseStatusView::id);
    }
}
