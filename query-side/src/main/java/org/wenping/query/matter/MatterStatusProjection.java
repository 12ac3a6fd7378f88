package org.wenping.query.matter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.MatterEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Projects each matter's events onto its {@link MatterStatusView}, every event through one handler and
 * {@link MatterStatusTransitions}. Idempotent: an event at or below the view's version has been applied already
 * and is skipped; every other one moves the version, even where it changes nothing else.
 */
@Component
@ProcessingGroup(MatterStatusProjection.GROUP)
@Order(MatterStatusProjection.WRITES_FIRST)
class MatterStatusProjection {
    static final String GROUP = "matter-status";
    /** Handler order inside the group: the writer, then {@link MatterStatusAnnouncer}, which reads what it wrote. */
    static final int WRITES_FIRST = 0;

    private final MatterStatusRepository views;
    private final List<MatterStatusFollower> followers;

    MatterStatusProjection(MatterStatusRepository views, List<MatterStatusFollower> followers) {
        this.views = views;
        this.followers = List.copyOf(followers);
    }

    @EventHandler
    void on(MatterEvent event, MetaData metaData, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<MatterStatusView> held = views.findById(event.recordId());
        if (held.isPresent() && held.get().version() >= sequence) return;
        event.accept(new MatterStatusTransitions(held, EventMetadata.actorOf(metaData).orElse(null), at))
                .map(view -> view.stamped(sequence, at))
                .ifPresent(view -> {
                    views.save(view);
                    followers.forEach(follower -> follower.replaced(held, view));
                });
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
