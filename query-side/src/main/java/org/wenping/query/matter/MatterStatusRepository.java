package org.wenping.query.matter;

import org.springframework.stereotype.Repository;
import org.wenping.query.listing.StatusViewStore;
import org.wenping.query.readmodel.ReadModels;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository extends StatusViewStore<MatterStatusView> {
    static final String COLLECTION = "matter_status";

    MatterStatusRepository(ReadModels readModels, ListingSource listing) {
        super(readModels.of(MatterStatusProjection.GROUP, COLLECTION), COLLECTION, MatterCatalog::new,
                listing == ListingSource.CATALOG, MatterStatusView.class, view -> view.progress().lastChangedAt());
    }
}
