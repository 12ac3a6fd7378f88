package org.wenping.query.legalcase;

import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.SortedPage;

import java.util.stream.Stream;

/** {@link CaseQueries} over the in-memory catalog: no query against the collection after the first load. */
class CatalogCaseViews implements CaseQueries {
    private final CaseStatusRepository views;

    CatalogCaseViews(CaseStatusRepository views) {
        this.views = views;
    }

    @Override
    public Stream<CaseStatusView> visibleTo(Actor reader) {
        return views.visibleWithin(reader.jurisdiction().prefix(), view -> view.facts().jurisdiction());
    }

    @Override
    public CasePage page(CaseFilter filter, Actor reader, int page, int size) {
        SortedPage<CaseStatusView> found = SortedPage.of(visibleTo(reader).filter(filter.matching()),
                filter.order().comparator(), page, size);
        return new CasePage(found.items(), page, size, found.total());
    }
}
