package org.wenping.query.legalcase;

import org.wenping.kernel.actor.Actor;

/** The filtered, sorted, paged case list, answered from wherever the listing source says. */
interface CaseQueries extends CaseViews {
    CasePage page(CaseFilter filter, Actor reader, int page, int size);
}
