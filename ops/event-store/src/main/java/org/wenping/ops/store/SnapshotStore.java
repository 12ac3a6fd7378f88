package org.wenping.ops.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;

import java.util.Optional;

import static org.wenping.ops.store.CommitFields.*;

/**
 * The latest snapshot of each aggregate, keyed by aggregate id. Snapshots are a cache of the stream,
 * not part of the record: they are not hash-chained and may be dropped at any time.
 */
final class SnapshotStore {
    private final MongoCollection<BsonDocument> snapshots;

    SnapshotStore(MongoCollection<BsonDocument> snapshots) {
        this.snapshots = snapshots;
    }

    void store(DomainEventMessage<?> snapshot, Serializer serializer) {
        PreparedEvent event = PreparedEvent.of(snapshot, serializer);
        BsonDocument document = new BsonDocument(ID, new BsonString(event.aggregateId()))
                .append(AGGREGATE_TYPE, new BsonString(event.aggregateType()))
                .append(SEQUENCE, new BsonInt64(event.sequence()))
                .append(EVENT_ID, new BsonString(event.eventId()))
                .append(TYPE, new BsonString(event.type()))
                .append(REVISION, event.revision() == null ? BsonNull.VALUE : new BsonString(event.revision()))
                .append(TIMESTAMP, new BsonString(event.timestamp()))
                .append(PAYLOAD, BsonJson.toBson(event.payload()))
                .append(METADATA, BsonJson.toBson(event.metadata()));
        snapshots.replaceOne(Filters.eq(ID, event.aggregateId()), document, new ReplaceOptions().upsert(true));
    }

    Optional<StoredEvent> latest(String aggregateId) {
        BsonDocument document = snapshots.find(Filters.eq(ID, aggregateId)).first();
        if (document == null) return Optional.empty();
        JsonNode payload = BsonJson.toJson(document.get(PAYLOAD));
        return Optional.of(new StoredEvent(-1, document.getString(EVENT_ID).getValue(),
                document.getString(TYPE).getValue(),
                document.get(REVISION).isNull() ? null : document.getString(REVISION).getValue(),
                aggregateId, document.getString(AGGREGATE_TYPE).getValue(),
                document.getInt64(SEQUENCE).getValue(), document.getString(TIMESTAMP).getValue(),
                payload, BsonJson.toJson(document.get(METADATA)), null));
    }
}
