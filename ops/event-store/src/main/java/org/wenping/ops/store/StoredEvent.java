package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.time.Instant;

import static org.wenping.ops.store.CommitFields.*;

/** One event as read back from a commit document, in the form Axon deserializes and upcasts. */
public record StoredEvent(long position, String eventId, String type, String revision, String aggregateId,
                          String aggregateType, Long sequence, String timestamp, JsonNode payload,
                          JsonNode metadata, String hash)
        implements TrackedEventData<JsonNode>, DomainEventData<JsonNode> {

    public static StoredEvent from(BsonDocument commit, BsonDocument event) {
        return new StoredEvent(event.getInt64(POSITION).getValue(),
                event.getString(EVENT_ID).getValue(),
                event.getString(TYPE).getValue(),
                stringOrNull(event.get(REVISION)),
                stringOrNull(commit.get(AGGREGATE_ID)),
                stringOrNull(commit.get(AGGREGATE_TYPE)),
                event.get(SEQUENCE).isNull() ? null : event.getInt64(SEQUENCE).getValue(),
                event.getString(TIMESTAMP).getValue(),
                BsonJson.toJson(event.get(PAYLOAD)),
                BsonJson.toJson(event.get(METADATA)),
                event.getString(HASH).getValue());
    }

    private static String stringOrNull(BsonValue value) {
        return value == null || value.isNull() ? null : value.asString().getValue();
    }

    @Override
    public TrackingToken trackingToken() {
        return new GlobalSequenceTrackingToken(position);
    }

    @Override
    public String getType() {
        return aggregateType;
    }

    @Override
    public String getAggregateIdentifier() {
        return aggregateId;
    }

    @Override
    public long getSequenceNumber() {
        return sequence == null ? 0 : sequence;
    }

    @Override
    public String getEventIdentifier() {
        return eventId;
    }

    @Override
    public Instant getTimestamp() {
        return Instant.parse(timestamp);
    }

    @Override
    public SerializedObject<JsonNode> getMetaData() {
        return new SerializedMetaData<>(metadata, JsonNode.class);
    }

    @Override
    public SerializedObject<JsonNode> getPayload() {
        return new SimpleSerializedObject<>(payload, JsonNode.class, type, revision);
    }
}
