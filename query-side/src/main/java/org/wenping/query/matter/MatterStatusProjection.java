package org.wenping.query.matter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;

import java.time.Instant;

/** Projects each matter's events onto its {@link MatterStatusView}. Idempotent: an event older than the view is skipped. */
@Component
@ProcessingGroup(MatterStatusProjection.GROUP)
class MatterStatusProjection {
    static final String GROUP = "matter-status";

    private final MatterStatusRepository views;

    MatterStatusProjection(MatterStatusRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(MatterRegisteredEvent event, MetaData metaData, @Timestamp Instant at) {
        views.save(new MatterStatusView(event.matterId().value(), event.title(), event.category().name(),
                event.domain(), event.responsibleUnit(), event.decisionAuthority(), event.jurisdiction().value(),
                event.procedure().name(), event.assessorMode().name(), event.gradingScheme().name(),
                event.registeredOn(), at, EventMetadata.actorOf(metaData).orElse(null),
                MatterStage.REGISTERED, MatterStage.REGISTERED.label(), null, 0, at));
    }

    @EventHandler
    void on(AssessmentPlanDraftedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        views.findById(event.matterId().value())
                .filter(view -> view.version() < sequence)
                .map(view -> view.planned(event.dueBy(), sequence, at))
                .ifPresent(views::save);
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }
}
