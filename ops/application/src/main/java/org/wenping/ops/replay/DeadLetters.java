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
        Parked parked = locate(eventId);
        return processing.sequencedDeadLetterProcessor(parked.projection()).orElseThrow()
                .process(letter -> letter.message().getIdentifier().equals(eventId));
    }

    /** Drops one parked event for good; the event itself stays in the store. */
    void evict(String eventId) {
        Parked parked = locate(eventId);
        parked.queue().evict(parked.letter());
    }

    /** The first parked letter of {@code eventId}, in one walk over the queues of all projections. */
    private Parked locate(String eventId) {
        for (String projection : projections.projections()) {
            Optional<SequencedDeadLetterQueue<EventMessage<?>>> queue = queue(projection);
            if (queue.isEmpty()) continue;
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.get().deadLetters()) {
                for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                    if (letter.message().getIdentifier().equals(eventId)) {
                        return new Parked(projection, queue.get(), letter);
                    }
                }
            }
        }
        throw new NoSuchElementException(eventId);
    }

    private record Parked(String projection, SequencedDeadLetterQueue<EventMessage<?>> queue,
                          DeadLetter<? extends EventMessage<?>> letter) {
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
