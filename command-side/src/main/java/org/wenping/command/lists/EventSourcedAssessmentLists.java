package org.wenping.command.lists;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.wenping.kernel.lists.AssessmentListId;

import java.util.Optional;

/**
 * Answers the list lookups from the list's own event stream: a list has a few dozen events at most, so reading
 * it is cheap, always current, and needs no projection to keep in step (as {@code EventSourcedRegistry}).
 */
@Component
class EventSourcedAssessmentLists implements AssessmentLists {
    private final EventStore eventStore;

    EventSourcedAssessmentLists(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<ListStanding> findList(AssessmentListId id) {
        // From sequence 0, so that a snapshot, should one ever be configured, never hides an event.
        return ListStanding.replay(eventStore.readEvents(id.value(), 0).asStream()
                .map(DomainEventMessage::getPayload).toList());
    }
}
