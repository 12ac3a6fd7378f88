package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** {@link MatterQueries} over the in-memory catalog: no query against the collection after the first load. */
class CatalogMatterViews implements MatterQueries {
    private final MatterStatusRepository views;

    CatalogMatterViews(MatterStatusRepository views) {
        this.views = views;
    }

    @Override
    public Stream<MatterStatusView> visibleTo(Actor reader) {
        // Same test as Actor.mayActIn, without building and validating a JurisdictionCode per view.
        String prefix = reader.jurisdiction().prefix();
        return views.all().filter(view -> view.jurisdiction().startsWith(prefix));
    }

    @Override
    public MatterPage page(MatterFilter filter, Actor reader, LocalDate today, int page, int size) {
        List<MatterStatusView> matching = views.all()
                .filter(filter.visibleTo(reader, today))
                .sorted(filter.order().comparator())
                .toList();
        int from = (int) Math.min((long) page * size, matching.size());
        return new MatterPage(matching.subList(from, Math.min(from + size, matching.size())), page, size,
                matching.size());
    }
}
