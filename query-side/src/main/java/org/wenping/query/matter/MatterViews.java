package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;

import java.util.stream.Stream;

/**
 * The status views a reader may see, for read models built on top of them (statistics). Public because
 * the repository and the catalog stay package-private: this is the one way out of the package.
 */
public interface MatterViews {
    /** Every view inside the reader's jurisdiction (R9), in no order. */
    Stream<MatterStatusView> visibleTo(Actor reader);
}
