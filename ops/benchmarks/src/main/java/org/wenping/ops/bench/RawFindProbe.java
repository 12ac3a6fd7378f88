package org.wenping.ops.bench;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/** The baseline of the read-model timings: the same documents found by the raw driver, no application in between. */
final class RawFindProbe {
    private final MongoCollection<BsonDocument> collection;

    RawFindProbe(MongoDatabase database, String collection) {
        this.collection = database.getCollection(collection, BsonDocument.class);
    }

    /** {@code count} finds (after a tenth as warm-up), each read to its end; answers "p50 / p99 / max" in ms. */
    String latencies(int count, IntFunction<Bson> filter, Bson sort, int limit) {
        for (int i = 0; i < count / 10; i++) find(filter.apply(i), sort, limit);
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            if (find(filter.apply(i), sort, limit) == 0) throw new IllegalStateException("no document for " + filter.apply(i));
            nanos.add(System.nanoTime() - start);
        }
        nanos.sort(Long::compare);
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms (%d finds)", nanos.get(count / 2) / 1e6,
                nanos.get(count * 99 / 100) / 1e6, nanos.get(count - 1) / 1e6, count);
    }

    private int find(Bson filter, Bson sort, int limit) {
        FindIterable<BsonDocument> found = collection.find(filter).limit(limit);
        if (sort != null) found = found.sort(sort);
        int documents = 0;
        for (BsonDocument ignored : found) documents++;
        return documents;
    }
}
