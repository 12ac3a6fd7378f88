package org.wenping.query.legalcase;

import org.springframework.stereotype.Component;
import org.wenping.query.listing.ViewCatalog;

/** The cases' status views in memory ({@link ViewCatalog}), for the lists on the embedded server. */
@Component
class CaseCatalog extends ViewCatalog<CaseStatusView> {
    CaseCatalog() {
        super(CaseStatusView::id, CaseStatusView::version);
    }
}
