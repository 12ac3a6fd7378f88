package org.wenping.query.live;

/** An update for the live stream that is not a matter's status view: sent as an SSE event of its own name. */
public interface LiveEvent {
    String eventName();
}
