package org.wenping.ops.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * An H2 database of the embedded server whose unique indexes keep their keys in {@link KeyValueOrder}, each in a
 * map named after the backend's own with {@value #SUFFIX} appended (so that dropping the database still removes
 * it). An index the backend wrote in its own order is copied into such a map when the database opens, and the old
 * map removed in the same store version: a stop half-way leaves the old map, and the copy is made again.
 */
final class OrderedKeyDatabase extends H2Database {
    static final String SUFFIX = ".ordered";

    private final MVStore store;

    OrderedKeyDatabase(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
        super.initializeNamespacesAndIndexes();
    }

    /** The backend's constructor calls this before {@link #store} is set; it runs once the constructor has set it. */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (store != null) super.initializeNamespacesAndIndexes();
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collection, String indexName, List<IndexKey> fields,
                                                    boolean sparse) {
        String backendsName = backendsMapName(collection, indexName);
        MVMap<KeyValue, Object> keys = store.openMap(backendsName + SUFFIX,
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueOrder()));
        if (store.hasMap(backendsName)) copyInOrder(store.openMap(backendsName), keys);
        return new OrderedKeyIndex(indexName, keys, fields, sparse);
    }

    private void copyInOrder(MVMap<KeyValue, Object> written, MVMap<KeyValue, Object> ordered) {
        ordered.clear();
        written.forEach(ordered::put);
        store.removeMap(written);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store.removeMap(backendsMapName(collection.getCollectionName(), indexName) + SUFFIX);
    }

    /** The name under which mongo-java-server's H2 backend keeps an index (its {@code mapNameForIndex}). */
    private String backendsMapName(String collection, String indexName) {
        return getFullCollectionNamespace(collection) + "._index_" + indexName;
    }
}
