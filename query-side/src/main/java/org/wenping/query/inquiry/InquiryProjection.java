package org.wenping.query.inquiry;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.inquiry.InquiryEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * Projects each inquiry's events onto its {@link InquiryView}, every event through one handler and
 * {@link InquiryTransitions}. Idempotent: an event at or below the view's version has been applied already.
 */
@Component
@ProcessingGroup(InquiryProjection.GROUP)
@Order(InquiryProjection.WRITES_FIRST)
class InquiryProjection {
    static final String GROUP = "inquiries";
    static final int WRITES_FIRST = 0;

    private final InquiryRepository repository;

    InquiryProjection(InquiryRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(InquiryEvent event, MetaData metaData, @SequenceNumber long sequence, @Timestamp Instant at) {
        Optional<InquiryView> held = repository.find(event.recordId());
        if (held.isPresent() && held.get().version() >= sequence) return;
        event.accept(new InquiryTransitions(held, EventMetadata.actorOf(metaData).orElse(null)))
                .map(view -> view.stamped(sequence, at))
                .ifPresent(repository::save);
    }

    @ResetHandler
    void reset() {
        repository.deleteAll();
    }
}
