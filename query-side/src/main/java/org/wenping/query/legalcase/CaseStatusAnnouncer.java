package org.wenping.query.legalcase;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.query.live.WatchMattersQuery;

/**
 * Tells live subscribers that a case's status changed (the SSE event {@code case}): a side effect, so never while
 * the group replays. It runs after the projection in the same group and batch, and reads the view just written.
 */
@Component
@ProcessingGroup(CaseStatusProjection.GROUP)
@DisallowReplay
@Order(CaseStatusProjection.WRITES_FIRST + 1)
class CaseStatusAnnouncer {
    private final QueryUpdateEmitter updates;
    private final CaseStatusRepository views;

    CaseStatusAnnouncer(QueryUpdateEmitter updates, CaseStatusRepository views) {
        this.updates = updates;
        this.views = views;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        if (!WatchMattersQuery.watched(updates)) return;
        views.findById(event.recordId())
                .filter(view -> view.version() == sequence)
                .ifPresent(view -> updates.emit(WatchMattersQuery.class,
                        query -> query.covers(view.facts().jurisdiction()), view));
    }
}
