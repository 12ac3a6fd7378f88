package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/** One event serialized for the store, still without its global position and hash. */
record PreparedEvent(String eventId, String type, String revision, String aggregateId, String aggregateType,
                     Long sequence, String timestamp, JsonNode payload, JsonNode metadata) {

    static PreparedEvent of(EventMessage<?> event, Serializer serializer) {
        SerializedObject<JsonNode> payload = event.serializePayload(serializer, JsonNode.class);
        SerializedObject<JsonNode> metadata = event.serializeMetaData(serializer, JsonNode.class);
        String aggregateId = null;
        String aggregateType = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
            aggregateId = domainEvent.getAggregateIdentifier();
            aggregateType = domainEvent.getType();
            sequence = domainEvent.getSequenceNumber();
        }
        return new PreparedEvent(event.getIdentifier(), payload.getType().getName(), payload.getType().getRevision(),
                aggregateId, aggregateType, sequence, event.getTimestamp().toString(),
                payload.getData(), metadata.getData());
    }
}
