package org.wenping.ops.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.store.StoreDurability;

/** The client and database the application runs on, and the embedded server behind them if there is one. */
public record MongoConnection(MongoClient client, MongoDatabase database, EmbeddedMongo embedded)
        implements AutoCloseable {
    public boolean isEmbedded() {
        return embedded != null;
    }

    /**
     * Whether this process is the store's one writer: the embedded store, whose file admits one process, on a port
     * nobody was told. Elsewhere other instances append and project too, and what this one keeps in memory may be stale.
     */
    public boolean soleWriter() {
        return embedded != null && embedded.onPrivatePort();
    }

    /** The embedded server makes writes durable itself; on a real MongoDB, write concern majority did already. */
    public StoreDurability durability() {
        return embedded != null ? embedded : StoreDurability.ACKNOWLEDGED_WRITES_ARE_DURABLE;
    }

    @Override
    public void close() {
        client.close();
        if (embedded != null) embedded.release();
    }
}
