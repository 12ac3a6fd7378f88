package org.wenping.command.domain;

import org.axonframework.modelling.command.AggregateLifecycle;

/** Applies an event in the current aggregate and answers the aggregate's new version, the client's next ETag. */
public final class Recorded {
    private Recorded() {
    }

    public static long apply(Object event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion();
    }
}
