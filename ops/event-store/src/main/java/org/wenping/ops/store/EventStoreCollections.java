package org.wenping.ops.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.BsonDocument;

/**
 * The three collections of the event store (or of another log on the same engine) and their unique indexes. Only unique single-field indexes
 * are declared: they serve the hot queries on a real MongoDB and on the embedded server alike.
 */
public record EventStoreCollections(MongoCollection<BsonDocument> commits,
                                    MongoCollection<BsonDocument> snapshots,
                                    MongoCollection<BsonDocument> meta) {
    public static final String COMMITS = "event_commits";
    public static final String SNAPSHOTS = "event_snapshots";
    public static final String META = "event_store_meta";

    public static EventStoreCollections in(MongoDatabase database) {
        return named(database, "event");
    }

    /**
     * Another log kept by the same engine, chained, signed and checkpointed the same way, on collections of its own:
     * {@code <prefix>_commits}, {@code <prefix>_snapshots} and {@code <prefix>_store_meta} ({@code event} names the
     * event store's).
     */
    public static EventStoreCollections named(MongoDatabase database, String prefix) {
        var collections = new EventStoreCollections(
                database.getCollection(prefix + "_commits", BsonDocument.class),
                database.getCollection(prefix + "_snapshots", BsonDocument.class),
                database.getCollection(prefix + "_store_meta", BsonDocument.class));
        collections.commits.createIndex(Indexes.ascending(CommitFields.STREAM_KEY),
                new IndexOptions().unique(true).name("unique_stream_key"));
        return collections;
    }

    /** The last position the durable-head marker names (0 when there is none). */
    public long durableHead() {
        return new DurableHeadMarker(meta).durablePosition();
    }
}
