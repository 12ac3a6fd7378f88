package org.wenping.query.legalcase;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;
import org.wenping.query.listing.StatusViewStore;
import org.wenping.query.matter.ListingSource;

/** The {@code case_status} collection: one document per case, keyed by the case id; writes batched during replay. */
@Repository
class CaseStatusRepository extends StatusViewStore<CaseStatusView> {
    static final String COLLECTION = "case_status";

    CaseStatusRepository(MongoDatabase database, CaseCatalog catalog, ListingSource listing) {
        super(database.getCollection(COLLECTION), catalog, listing == ListingSource.CATALOG, CaseStatusView.class,
                CaseStatusView::id, view -> view.progress().lastChangedAt());
    }
}
