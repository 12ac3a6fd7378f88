package org.wenping.query.stats;

import org.wenping.kernel.actor.Actor;

import java.util.stream.Stream;

/** The {@link MatterCell}s a reader may see (R9), in no order. */
interface ScopedCells {
    Stream<MatterCell> visibleTo(Actor reader);
}
