package org.wenping.query.batch;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads through and writes behind for the length of one event-processing batch: a projection reads each
 * document once per batch and writes it once, in one bulk per collection, instead of once per event. On
 * the embedded server every round trip costs about a millisecond, so this is most of a rebuild's speed.
 * {@link FlushBeforeToken} writes the buffer when the batch's last event has been handled — before the
 * processor stores its token, so a crash can only make a batch be handled again, never lose it. Where this process
 * is the only writer, what a batch read and wrote stays for the next ({@link RetainedDocuments}). Outside a
 * unit of work reads and writes go straight to the collection.
 */
public final class BatchedWrites {
    private static final String RESOURCE = BatchedWrites.class.getName();
    private static final String RETAINED = RetainedDocuments.class.getName();

    private final Map<String, Buffer> buffers = new LinkedHashMap<>();
    private final RetainedDocuments retained;

    private BatchedWrites(RetainedDocuments retained) {
        this.retained = retained;
    }

    public static Optional<Document> find(MongoCollection<Document> collection, String id) {
        BatchedWrites batch = current();
        if (batch == null) return stored(collection, id);
        Buffer buffer = batch.buffer(collection);
        return buffer.cached.computeIfAbsent(id,
                key -> batch.retained.find(buffer.namespace, key, () -> stored(collection, key)));
    }

    /** Replaces (or inserts) the document with {@code _id} = {@code id}. */
    public static void replace(MongoCollection<Document> collection, String id, Document document) {
        BatchedWrites batch = current();
        if (batch == null) {
            collection.replaceOne(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true));
            return;
        }
        Buffer buffer = batch.buffer(collection);
        buffer.cached.put(id, Optional.of(document));
        buffer.dirty.add(id);
    }

    /**
     * Makes the current batch write these collections before any other it has not yet touched, in this order.
     * A crash can cut a flush short between two collections; a projection that knows which one was written
     * first can then trust what it finds on redelivery. A no-op outside a unit of work.
     */
    @SafeVarargs
    public static void writeInOrder(MongoCollection<Document>... collections) {
        BatchedWrites batch = current();
        if (batch == null) return;
        for (MongoCollection<Document> collection : collections) batch.buffer(collection);
    }

    /** The batches of the current unit of work keep documents between them in {@code retained}. */
    static void retainIn(UnitOfWork<?> unitOfWork, RetainedDocuments retained) {
        unitOfWork.root().resources().putIfAbsent(RETAINED, retained);
    }

    /** Writes what the current batch buffered, collection by collection in the order first touched. */
    public static void flush(UnitOfWork<?> unitOfWork) {
        BatchedWrites batch = unitOfWork.root().getResource(RESOURCE);
        if (batch != null) batch.flush();
    }

    private void flush() {
        for (Buffer buffer : buffers.values()) {
            if (buffer.dirty.isEmpty()) continue;
            List<ReplaceOneModel<Document>> writes = buffer.dirty.stream()
                    .map(id -> new ReplaceOneModel<>(Filters.eq("_id", id), buffer.cached.get(id).orElseThrow(),
                            new ReplaceOptions().upsert(true)))
                    .toList();
            try {
                buffer.collection.bulkWrite(writes);
            } catch (RuntimeException e) {
                retained.unknown(buffer.namespace, buffer.dirty);
                throw e;
            }
            buffer.dirty.forEach(id -> retained.written(buffer.namespace, id, buffer.cached.get(id).orElseThrow()));
            buffer.dirty.clear();
        }
    }

    private static BatchedWrites current() {
        if (!CurrentUnitOfWork.isStarted()) return null;
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            BatchedWrites batch = new BatchedWrites(root.getOrDefaultResource(RETAINED, RetainedDocuments.NONE));
            // The safety net: normally FlushBeforeToken has written everything by now.
            root.onPrepareCommit(unitOfWork -> batch.flush());
            return batch;
        });
    }

    private static Optional<Document> stored(MongoCollection<Document> collection, String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first());
    }

    private Buffer buffer(MongoCollection<Document> collection) {
        return buffers.computeIfAbsent(collection.getNamespace().getFullName(), name -> new Buffer(name, collection));
    }

    private static final class Buffer {
        final String namespace;
        final MongoCollection<Document> collection;
        final Map<String, Optional<Document>> cached = new HashMap<>();
        final Set<String> dirty = new LinkedHashSet<>();

        Buffer(String namespace, MongoCollection<Document> collection) {
            this.namespace = namespace;
            this.collection = collection;
        }
    }
}
