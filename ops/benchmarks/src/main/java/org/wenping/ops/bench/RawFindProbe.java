package org.wenping.ops.bench;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.util.function.IntFunction;

/** The baseline of the read-model timings: the same documents found by the raw driver, no application in between. */
final class RawFindProbe {
    private final MongoCollection<BsonDocument> collection;

    RawFindProbe(MongoDatabase database, String collection) {
        this(database.getCollection(collection, BsonDocument.class));
    }

    RawFindProbe(MongoCollection<BsonDocument> collection) {
        this.collection = collection;
    }

    /** {@code count} finds (after a tenth as warm-up), each read to its end; answers "p50 / p99 / max" in ms. */
    String latencies(int count, IntFunction<Bson> filter, Bson sort, int limit) {
        return Timings.of(count, i -> {
            if (find(filter.apply(i), sort, limit) == 0) throw new IllegalStateException("no document for " + filter.apply(i));
        });
    }

    private int find(Bson filter, Bson sort, int limit) {
        FindIterable<BsonDocument> found = collection.find(filter).limit(limit);
        if (sort != null) found = found.sort(sort);
        int documents = 0;
        for (BsonDocument ignored : found) documents++;
        return documents;
    }
}
