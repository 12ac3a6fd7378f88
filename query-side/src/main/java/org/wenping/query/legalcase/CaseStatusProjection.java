package org.wenping.query.legalcase;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.legalcase.CaseEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * Projects each case's events onto its {@link CaseStatusView}, every event through one handler and
 * {@link CaseStatusTransitions}. Idempotent: an event at or below the view's version has been applied already and is
 * skipped; every other one moves the version, even where it changes nothing else.
 */
@Component
@ProcessingGroup(CaseStatusProjection.GROUP)
@Order(CaseStatusProjection.WRITES_FIRST)
class CaseStatusProjection {
    static final String GROUP = "case-status";
    /** Handler order inside the group: the writer, then {@link CaseStatusAnnouncer}, which reads what it wrote. */
    static final int WRITES_FIRST = 0;

    private final CaseStatusRepository views;

    CaseStatusProjection(CaseStatusRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(CaseEvent event, MetaData metaData, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<CaseStatusView> held = views.findById(event.recordId());
        if (held.isPresent() && held.get().version() >= sequence) return;
        event.accept(new CaseStatusTransitions(held, EventMetadata.actorOf(metaData).orElse(null), at))
                .map(view -> view.stamped(sequence, at))
                .ifPresent(views::save);
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
