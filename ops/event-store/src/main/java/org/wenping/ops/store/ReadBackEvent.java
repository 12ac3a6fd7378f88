package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One stored event as the application reads it: its stored facts (position, sequence, time, metadata, hash) beside
 * its type, revision and payload after the upcaster chain, and that payload deserialized. The hash covers the
 * stored form, which {@code stored} still holds.
 *
 * @param event the deserialized payload; Axon's {@code UnknownSerializedType} for a type this application lacks
 */
public record ReadBackEvent(StoredEvent stored, String type, String revision, JsonNode payload, Object event) {

    /**
     * A stream through the chain in one pass, as Axon reads it for aggregates and tracking processors; an
     * upcaster that splits an event keeps its identifier, so each result finds the stored event it came from.
     */
    static List<ReadBackEvent> upcast(List<StoredEvent> stream, Serializer serializer, EventUpcaster chain) {
        Map<String, StoredEvent> stored = stream.stream()
                .collect(Collectors.toMap(StoredEvent::eventId, Function.identity(), (first, second) -> first));
        return chain.upcast(stream.stream().map(event -> new InitialEventRepresentation(event, serializer)))
                .map(read -> of(stored.get(read.getMessageIdentifier()), read, serializer))
                .toList();
    }

    private static ReadBackEvent of(StoredEvent stored, IntermediateEventRepresentation read, Serializer serializer) {
        return new ReadBackEvent(stored, read.getType().getName(), read.getType().getRevision(),
                read.getData(JsonNode.class).getData(), serializer.deserialize(read.getData()));
    }
}
