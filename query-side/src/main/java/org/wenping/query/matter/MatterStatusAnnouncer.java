package org.wenping.query.matter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.query.live.WatchMattersQuery;

/**
 * Tells live subscribers that a matter's status changed: a side effect, so never while the group replays
 * (a replay repeats history, it is not news). It runs after the projection in the same group and batch, and
 * reads the view it has just written.
 */
@Component
@ProcessingGroup(MatterStatusProjection.GROUP)
@DisallowReplay
@Order(MatterStatusProjection.WRITES_FIRST + 1)
class MatterStatusAnnouncer {
    private final QueryUpdateEmitter updates;
    private final MatterStatusRepository views;

    MatterStatusAnnouncer(QueryUpdateEmitter updates, MatterStatusRepository views) {
        this.updates = updates;
        this.views = views;
    }

    /** Any event of the group: one of a matter's finds its view, one of the registries finds none. */
    @EventHandler
    void on(Object event, EventMessage<?> message) {
        if (!(message instanceof DomainEventMessage<?> domain) || !WatchMattersQuery.watched(updates)) return;
        views.findById(domain.getAggregateIdentifier())
                .filter(view -> view.version() == domain.getSequenceNumber())
                .ifPresent(view -> updates.emit(WatchMattersQuery.class,
                        query -> query.covers(view.facts().jurisdiction()), view));
    }
}
