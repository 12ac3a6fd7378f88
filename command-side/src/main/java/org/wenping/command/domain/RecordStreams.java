package org.wenping.command.domain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;

/**
 * A record's own event stream as a command-side lookup reads it: small records (an expert, an agency, a yearly
 * list) are answered from their few events, always current, with no projection to keep in step.
 */
public final class RecordStreams {
    private RecordStreams() {
    }

    /** Every event payload of the record, from sequence 0, so that a snapshot, should one ever be configured, never hides one. */
    public static List<?> payloads(EventStore eventStore, String recordId) {
        return eventStore.readEvents(recordId, 0).asStream().map(DomainEventMessage::getPayload).toList();
    }
}
