package org.wenping.query.legalcase;

import org.springframework.stereotype.Repository;
import org.wenping.query.listing.StatusViewStore;
import org.wenping.query.matter.ListingSource;
import org.wenping.query.readmodel.ReadModels;

/** The {@code case_status} collection: one document per case, keyed by the case id; writes batched during replay. */
@Repository
class CaseStatusRepository extends StatusViewStore<CaseStatusView> {
    static final String COLLECTION = "case_status";

    CaseStatusRepository(ReadModels readModels, ListingSource listing) {
        super(readModels.of(CaseStatusProjection.GROUP, COLLECTION), COLLECTION, CaseCatalog::new,
                listing == ListingSource.CATALOG, CaseStatusView.class, view -> view.progress().lastChangedAt());
    }
}
