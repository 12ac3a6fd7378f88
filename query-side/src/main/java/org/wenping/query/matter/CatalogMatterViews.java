package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.SortedPage;

import java.time.LocalDate;
import java.util.stream.Stream;

/** {@link MatterQueries} over the in-memory catalog: no query against the collection after the first load. */
class CatalogMatterViews implements MatterQueries {
    private final MatterStatusRepository views;

    CatalogMatterViews(MatterStatusRepository views) {
        this.views = views;
    }

    @Override
    public Stream<MatterStatusView> visibleTo(Actor reader) {
        return views.visibleWithin(reader.jurisdiction().prefix(), view -> view.facts().jurisdiction());
    }

    @Override
    public MatterPage page(MatterFilter filter, Actor reader, LocalDate today, int page, int size) {
        SortedPage<MatterStatusView> found = SortedPage.of(visibleTo(reader).filter(filter.matching(today)),
                filter.order().comparator(), page, size);
        return new MatterPage(found.items(), page, size, found.total());
    }
}
