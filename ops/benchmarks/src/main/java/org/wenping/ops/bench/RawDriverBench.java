package org.wenping.ops.bench;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonObjectId;
import org.bson.BsonString;
import org.bson.RawBsonDocument;
import org.bson.codecs.BsonDocumentCodec;
import org.wenping.ops.store.StoreDurability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

/**
 * The baseline: what the real driver gets from the same embedded server with no event store in between,
 * one {@code insertOne} of a ~600-byte document at a time and one plain full-collection scan.
 */
final class RawDriverBench {
    static final int DOCUMENT_BYTES = 600;
    private static final String HASH = "9f".repeat(32);
    private static final String NOTE = "x".repeat(DOCUMENT_BYTES - bytesOf(document(0, "")));

    private final MongoDatabase database;
    private final StoreDurability durability;

    RawDriverBench(MongoDatabase database, StoreDurability durability) {
        this.database = database;
        this.durability = durability;
    }

    /** Inserts up to {@code count} documents one by one; {@code durable} also commits the H2 file after each. */
    Measurement insertOne(String name, String collection, long count, Duration limit, boolean durable) {
        MongoCollection<BsonDocument> target = scratch(collection);
        return Measurement.loop(name, "inserts/s", count, limit, i -> {
            target.insertOne(document(i, NOTE));
            if (durable) durability.makeDurable();
        });
    }

    /** Inserts up to {@code count} documents by {@code insertMany} of {@code batch} at a time, not made durable. */
    Measurement insertMany(String name, String collection, long count, int batch, Duration limit) {
        MongoCollection<BsonDocument> target = scratch(collection);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long done = 0;
        while (done < count && Measurement.before(deadline)) {
            List<BsonDocument> documents = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) documents.add(document(done + i, NOTE));
            target.insertMany(documents);
            done += batch;
        }
        return new Measurement(name, done, System.nanoTime() - start, "inserts/s");
    }

    /** Reads the whole collection in one cursor, {@code find()} without a filter, 1000 documents per batch. */
    Measurement scan(String name, String collection, Duration limit) {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long read = 0;
        MongoCollection<BsonDocument> source = database.getCollection(collection, BsonDocument.class);
        try (MongoCursor<BsonDocument> cursor = source.find().batchSize(1000).iterator()) {
            while (Measurement.before(deadline) && cursor.hasNext()) {
                cursor.next();
                read++;
            }
        }
        return new Measurement(name, read, System.nanoTime() - start, "documents/s");
    }

    /** Reads positions 1..{@code last} by {@code _id $in} windows of consecutive keys, decoding nothing beyond BSON. */
    Measurement inWindows(String name, String collection, long last, int window, Duration limit) {
        MongoCollection<BsonDocument> source = database.getCollection(collection, BsonDocument.class);
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        long read = 0;
        for (long first = 1; first <= last && Measurement.before(deadline); first += window) {
            List<Long> ids = LongStream.rangeClosed(first, Math.min(last, first + window - 1)).boxed().toList();
            for (BsonDocument ignored : source.find(Filters.in("_id", ids))) read++;
        }
        return new Measurement(name, read, System.nanoTime() - start, "documents/s");
    }

    static int documentBytes() {
        return bytesOf(document(0, NOTE));
    }

    private MongoCollection<BsonDocument> scratch(String collection) {
        MongoCollection<BsonDocument> target = database.getCollection(collection, BsonDocument.class);
        // Dropping a collection that does not exist makes the embedded server log an error.
        if (database.listCollectionNames().into(new ArrayList<>()).contains(collection)) target.drop();
        return target;
    }

    /** Shaped like a stored event: an aggregate id, a sequence, a type, a timestamp, a payload and a hash. */
    private static BsonDocument document(long i, String note) {
        return new BsonDocument("_id", new BsonObjectId())
                .append("aggregateId", new BsonString("raw-" + (i % 1000)))
                .append("sequence", new BsonInt64(i / 1000))
                .append("type", new BsonString("org.wenping.ops.bench.BenchEvent"))
                .append("timestamp", new BsonString("2023-11-14T22:13:20Z"))
                .append("payload", new BsonDocument("note", new BsonString(note)))
                .append("hash", new BsonString(HASH));
    }

    private static int bytesOf(BsonDocument document) {
        return new RawBsonDocument(document, new BsonDocumentCodec()).getByteBuffer().remaining();
    }
}
