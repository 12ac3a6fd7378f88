package org.wenping.ops.embedded;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/** mongo-java-server's H2 file backend with unique indexes in {@link KeyValueOrder} ({@link OrderedKeyDatabase}). */
final class OrderedKeyBackend extends H2Backend {

    OrderedKeyBackend(String fileName, int cacheMegabytes) {
        super(new MVStore.Builder().fileName(fileName).cacheSize(cacheMegabytes).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new OrderedKeyDatabase(name, getMvStore(), getCursorRegistry());
    }
}
