package org.wenping.query.live;

/** Subscribes to changes of the matters inside a jurisdiction prefix (62, 6209, 620902). */
public record WatchMattersQuery(String jurisdictionPrefix) {
    public boolean covers(String jurisdiction) {
        return jurisdiction != null && jurisdiction.startsWith(jurisdictionPrefix);
    }
}
