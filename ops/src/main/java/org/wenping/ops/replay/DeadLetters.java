package org.wenping.ops.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Lists, retries and evicts parked events across all projections. */
@Component
class DeadLetters {
    private final EventProcessingConfiguration processing;
    private final ProjectionRebuilds projections;

    DeadLetters(EventProcessingConfiguration processing, ProjectionRebuilds projections) {
        this.processing = processing;
        this.projections = projections;
    }

    List<DeadLetterView> list() {
        List<DeadLetterView> views = new ArrayList<>();
        for (String projection : projections.projections()) {
            queue(projection).ifPresent(queue -> queue.deadLetters()
                    .forEach(sequence -> sequence.forEach(letter -> views.add(view(projection, letter)))));
        }
        return views;
    }

    /** Handles the parked sequence that holds {@code eventId} again; answers whether it went through. */
    boolean retry(String eventId) {
        String projection = projectionHolding(eventId);
        return processing.sequencedDeadLetterProcessor(projection).orElseThrow()
                .process(letter -> letter.message().getIdentifier().equals(eventId));
    }

    /** Drops one parked event for good; the event itself stays in the store. */
    void evict(String eventId) {
        String projection = projectionHolding(eventId);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection).orElseThrow();
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    queue.evict(letter);
                    return;
                }
            }
        }
    }

    private String projectionHolding(String eventId) {
        return list().stream().filter(view -> view.eventId().equals(eventId)).map(DeadLetterView::projection)
                .findFirst().orElseThrow(() -> new NoSuchElementException(eventId));
    }

    private Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue(String projection) {
        return processing.deadLetterQueue(projection);
    }

    private static DeadLetterView view(String projection, DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        return new DeadLetterView(projection, message.getIdentifier(), message.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                letter.cause().map(cause -> cause.type()).orElse(null),
                letter.cause().map(cause -> cause.message()).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }
}
