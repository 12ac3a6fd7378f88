package org.wenping.query.legalcase;

import org.wenping.kernel.actor.Actor;

import java.util.stream.Stream;

/** The case status views a reader may see, for read models built on them (statistics): the one way out of the package. */
public interface CaseViews {
    /** Every view inside the reader's jurisdiction (R9), in no order. */
    Stream<CaseStatusView> visibleTo(Actor reader);
}
