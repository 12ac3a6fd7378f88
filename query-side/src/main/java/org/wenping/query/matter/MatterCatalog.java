package org.wenping.query.matter;

import org.wenping.query.listing.ViewCatalog;

/** The matters' status views in memory ({@link ViewCatalog}), for the lists on the embedded server; one per slot of the read model. */
class MatterCatalog extends ViewCatalog<MatterStatusView> {
    MatterCatalog() {
        super(MatterStatusView::id, MatterStatusView::version);
    }
}
