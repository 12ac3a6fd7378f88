package org.wenping.query.legalcase;

import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.StatusViewStore;

import java.util.stream.Stream;

/** {@link CaseQueries} answered by {@code case_status} itself through the indexes it declares on start. */
class IndexedCaseViews implements CaseQueries {
    private final CaseStatusRepository views;

    IndexedCaseViews(CaseStatusRepository views) {
        this.views = views;
        views.declare(CaseStatusIndexes.DECLARED);
    }

    @Override
    public Stream<CaseStatusView> visibleTo(Actor reader) {
        return views.within(reader.jurisdiction().prefix()).stream();
    }

    @Override
    public CasePage page(CaseFilter filter, Actor reader, int page, int size) {
        StatusViewStore.ListPage<CaseStatusView> found = views.page(filter.asQuery(reader), filter.order(), page, size);
        return new CasePage(found.items(), page, size, found.total());
    }
}
