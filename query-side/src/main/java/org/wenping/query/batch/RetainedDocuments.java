package org.wenping.query.batch;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.bson.Document;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Read-model documents kept from one batch to the next, so that a projection does not read back what it wrote or read
 * a batch ago: on the embedded server that read was a quarter of a rebuild's time. Only true while this process is
 * the only writer of its read models — what {@link BatchedWrites} writes goes through here, a reset forgets its
 * collections, a failed write forgets what it tried to write — so by default it is kept only where the store is
 * this process's own ({@link #NONE} elsewhere). At most {@code maximum} documents (or absences), least used dropped.
 */
public final class RetainedDocuments {
    /** Keeps nothing: every batch reads what it needs from the collection. */
    public static final RetainedDocuments NONE = new RetainedDocuments(0);

    private final Cache<Key, Optional<Document>> documents;

    public RetainedDocuments(long maximum) {
        this.documents = maximum > 0 ? Caffeine.newBuilder().maximumSize(maximum).build() : null;
    }

    /** Forgets every document of these collections (full names): what a reset handler empties. */
    public void forget(Collection<String> namespaces) {
        if (documents != null) documents.asMap().keySet().removeIf(key -> namespaces.contains(key.namespace()));
    }

    Optional<Document> find(String namespace, String id, Supplier<Optional<Document>> stored) {
        return documents == null ? stored.get() : documents.get(new Key(namespace, id), key -> stored.get());
    }

    void written(String namespace, String id, Document document) {
        if (documents != null) documents.put(new Key(namespace, id), Optional.of(document));
    }

    /** A write that failed may or may not have reached the collection. */
    void unknown(String namespace, Collection<String> ids) {
        if (documents != null) ids.forEach(id -> documents.invalidate(new Key(namespace, id)));
    }

    private record Key(String namespace, String id) {
    }
}
