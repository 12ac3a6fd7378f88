package org.wenping.ops.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;

import java.nio.file.Path;

/** An event store on a fresh embedded server, opened and closed by tests; reopening keeps the data. */
final class StoreFixture implements AutoCloseable {
    static final Serializer SERIALIZER = JsonSerializers.kernelJson();

    final EmbeddedMongo embedded;
    final MongoClient client;
    final MongoDatabase database;
    MongoEventStorageEngine engine;

    StoreFixture(Path dataDir, String backend) {
        this(dataDir, backend, null);
    }

    /** A store whose client reports every command it sends to {@code listener}, when one is given. */
    StoreFixture(Path dataDir, String backend, CommandListener listener) {
        this.embedded = EmbeddedMongo.acquire(new EmbeddedSettings(backend, 0, false), dataDir);
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(embedded.connectionString()));
        if (listener != null) settings.addCommandListener(listener);
        this.client = MongoClients.create(settings.build());
        this.database = client.getDatabase("wenping");
        this.engine = openEngine();
    }

    MongoEventStorageEngine openEngine() {
        return MongoEventStorageEngine.builder().database(database).durability(embedded)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).catchUpScanDistance(3).build();
    }

    /** Closes this engine and opens a new one on the same store, as a restarted process would. */
    void reopen() {
        engine.close();
        engine = openEngine();
    }

    static DomainEventMessage<Noted> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Matter", aggregateId, sequence, new Noted(text));
    }

    @Override
    public void close() {
        engine.close();
        client.close();
        embedded.release();
    }

    /** A payload for store tests. */
    record Noted(String text) {
    }
}
