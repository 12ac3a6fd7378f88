package org.wenping.query.matter;

import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.Actor;

import java.util.stream.Stream;

/** {@link MatterViews} over the catalog: one prefix test per view, no query against the collection. */
@Component
class CatalogMatterViews implements MatterViews {
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
}
