package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;

import java.time.LocalDate;

/** The filtered, sorted, paged status list, answered from wherever {@link ListingSource} says. */
interface MatterQueries extends MatterViews {
    MatterPage page(MatterFilter filter, Actor reader, LocalDate today, int page, int size);
}
