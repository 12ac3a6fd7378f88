package org.wenping.ops.demo;

import org.wenping.kernel.actor.Actor;

/**
 * Who acts on a demo case: the 承办人, who rules (the 主要领导 at the court, the 承办人 elsewhere), who closes, and who
 * may order an erasure (the 主要领导; null where the demo has none).
 */
record CaseCast(Actor handler, Actor ruler, Actor closer, Actor eraser) {
    /** An organ whose only demo user is its 承办人, who then also rules and closes. */
    static CaseCast alone(Actor handler) {
        return new CaseCast(handler, handler, handler, null);
    }

    String unit() {
        return handler.unit();
    }

    /** The names the listing records: the user ids where they can log in, the organ's leaders by title otherwise. */
    DemoListing.Actors names() {
        return eraser == null ? new DemoListing.Actors(handler.userId(), handler.unit() + "分管领导", handler.unit() + "主要领导")
                : new DemoListing.Actors(handler.userId(), closer.userId(), eraser.userId());
    }
}
