package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;
import org.wenping.query.listing.StatusViewStore;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * {@link MatterQueries} answered by {@code matter_status} itself, through the indexes it declares on
 * start. Every query node sees the writes of every other, so this is the listing for a real MongoDB.
 */
class IndexedMatterViews implements MatterQueries {
    private final MatterStatusRepository views;

    IndexedMatterViews(MatterStatusRepository views) {
        this.views = views;
        views.declare(MatterStatusIndexes.DECLARED);
    }

    @Override
    public Stream<MatterStatusView> visibleTo(Actor reader) {
        return views.within(reader.jurisdiction().prefix()).stream();
    }

    @Override
    public MatterPage page(MatterFilter filter, Actor reader, LocalDate today, int page, int size) {
        StatusViewStore.ListPage<MatterStatusView> found = views.page(filter.asQuery(reader, today), filter.order(), page, size);
        return new MatterPage(found.items(), page, size, found.total());
    }
}
