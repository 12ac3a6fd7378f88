package org.wenping.query.matter;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.springframework.stereotype.Component;
import org.wenping.query.live.WatchMattersQuery;

/**
 * Tells live subscribers that a matter's status changed. A side effect, so it stays silent while the
 * projection replays (the role {@code @DisallowReplay} plays for a whole handler).
 */
@Component
class MatterStatusAnnouncer {
    private final QueryUpdateEmitter updates;

    MatterStatusAnnouncer(QueryUpdateEmitter updates) {
        this.updates = updates;
    }

    void announce(MatterStatusView view) {
        if (CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage())) return;
        updates.emit(WatchMattersQuery.class, query -> query.covers(view.jurisdiction()), view);
    }
}
