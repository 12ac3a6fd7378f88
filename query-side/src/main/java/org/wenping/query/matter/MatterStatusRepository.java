package org.wenping.query.matter;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;
import org.wenping.query.listing.StatusViewStore;

/** The {@code matter_status} collection: one document per matter, keyed by the matter id. */
@Repository
class MatterStatusRepository extends StatusViewStore<MatterStatusView> {
    static final String COLLECTION = "matter_status";

    MatterStatusRepository(MongoDatabase database, MatterCatalog catalog, ListingSource listing) {
        super(database.getCollection(COLLECTION), catalog, listing == ListingSource.CATALOG, MatterStatusView.class,
                MatterStatusView::id, view -> view.progress().lastChangedAt());
    }
}
