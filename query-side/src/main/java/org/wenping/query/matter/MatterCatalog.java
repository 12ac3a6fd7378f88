package org.wenping.query.matter;

import org.springframework.stereotype.Component;
import org.wenping.query.listing.ViewCatalog;

/** The matters' status views in memory ({@link ViewCatalog}), for the lists on the embedded server. */
@Component
class MatterCatalog extends ViewCatalog<MatterStatusView> {
    MatterCatalog() {
        super(MatterStatusView::id, MatterStatusView::version);
    }
}
