package org.wenping.query.legalcase;

import org.wenping.query.listing.ViewCatalog;

/** The cases' status views in memory ({@link ViewCatalog}), for the lists on the embedded server; one per slot of the read model. */
class CaseCatalog extends ViewCatalog<CaseStatusView> {
    CaseCatalog() {
        super(CaseStatusView::id, CaseStatusView::version);
    }
}
