package org.wenping.command.inquiry;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.matter.MatterEvent;

import java.util.List;
import java.util.Optional;

/**
 * Answers {@link SubjectRecords} from the subject's own stream, from sequence 0 (a snapshot never hides an event a
 * finding may cite); which kind of record it is, the stream's first event says. An inquiry is opened once and its
 * findings are few, so reading the subject's stream each time costs little and is always current.
 */
@Component
class EventSourcedSubjects implements SubjectRecords {
    private final EventStore eventStore;

    EventSourcedSubjects(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<SubjectHistory> find(String subjectId) {
        return read(eventStore.readEvents(subjectId, 0).asStream().map(EventSourcedSubjects::streamed).toList());
    }

    /** The history of the matter or case {@code stream} records, or empty when it records neither. */
    static Optional<SubjectHistory> read(List<StreamedEvent> stream) {
        if (stream.isEmpty()) return Optional.empty();
        Object first = stream.get(0).payload();
        if (first instanceof MatterEvent) return Optional.of(MatterSubject.read(stream));
        if (first instanceof CaseEvent) return Optional.of(CaseSubject.read(stream));
        return Optional.empty();
    }

    private static StreamedEvent streamed(DomainEventMessage<?> message) {
        return new StreamedEvent(message.getSequenceNumber(), message.getIdentifier(), message.getPayload(),
                EventMetadata.actorOf(message.getMetaData()).orElse(null));
    }
}
