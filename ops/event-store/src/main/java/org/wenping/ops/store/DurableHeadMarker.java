package org.wenping.ops.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;

/**
 * The one meta document that names the last global position known to be durable. Appenders move it
 * forward only after {@link StoreDurability#makeDurable()}; tracking readers never deliver past it, so
 * no reader ever sees an event that a crash could take back.
 */
final class DurableHeadMarker {
    private static final String ID = "durable-head";
    private static final String POSITION = "position";
    private static final String COMMIT_START = "commitStart";
    private static final String HASH = "hash";
    private static final String STREAMS = "streams";
    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<BsonDocument> meta;

    DurableHeadMarker(MongoCollection<BsonDocument> meta) {
        this.meta = meta;
    }

    StoreHead read() {
        BsonDocument marker = meta.find(Filters.eq("_id", ID)).first();
        if (marker == null) {
            return StoreHead.EMPTY;
        }
        return new StoreHead(marker.getInt64(POSITION).getValue(), marker.getInt64(COMMIT_START).getValue(),
                marker.getString(HASH).getValue(), marker.getInt64(STREAMS, new org.bson.BsonInt64(0)).getValue());
    }

    long durablePosition() {
        return read().position();
    }

    /** Moves the marker to {@code head} unless another appender already moved it further. */
    void advanceTo(StoreHead head) {
        try {
            meta.updateOne(Filters.and(Filters.eq("_id", ID), Filters.lt(POSITION, head.position())),
                    Updates.combine(Updates.set(POSITION, head.position()),
                            Updates.set(COMMIT_START, head.commitStart()),
                            Updates.set(HASH, head.lastHash()),
                            Updates.set(STREAMS, head.streams())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // The upsert collides with the marker only when it is already at or past this head.
            if (e.getError().getCode() != DUPLICATE_KEY) throw e;
        }
    }
}
