package org.wenping.ops.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.wenping.ops.store.StoreDurability;

/** The client, database and durability guarantee the application runs on. */
public record MongoConnection(MongoClient client, MongoDatabase database, StoreDurability durability,
                              EmbeddedMongo embedded) implements AutoCloseable {
    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) embedded.release();
    }
}
