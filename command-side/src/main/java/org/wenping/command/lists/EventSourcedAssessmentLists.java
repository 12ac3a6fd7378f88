package org.wenping.command.lists;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.wenping.command.domain.RecordStreams;
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
        return ListStanding.replay(RecordStreams.payloads(eventStore, id.value()));
    }
}
