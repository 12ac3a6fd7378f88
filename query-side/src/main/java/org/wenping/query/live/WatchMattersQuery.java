package org.wenping.query.live;

import org.axonframework.queryhandling.QueryUpdateEmitter;

/** Subscribes to changes of the matters inside a jurisdiction prefix (62, 6209, 620902). */
public record WatchMattersQuery(String jurisdictionPrefix) {
    /**
     * Whether anyone watches at all: an announcer reads the view it would send only then, so that a projection
     * catching up on a store no one has projected yet (a first start, not a replay) reads no view it will not send.
     */
    public static boolean watched(QueryUpdateEmitter updates) {
        return updates.activeSubscriptions().stream().anyMatch(query -> query.getPayload() instanceof WatchMattersQuery);
    }

    public boolean covers(String jurisdiction) {
        return jurisdiction != null && jurisdiction.startsWith(jurisdictionPrefix);
    }
}
