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
import org.wenping.ops.signing.NoteSigner;

import java.nio.file.Path;

/** An event store on a fresh embedded server, opened and closed by tests; reopening keeps the data. */
public final class StoreFixture implements AutoCloseable {
    static final Serializer SERIALIZER = JsonSerializers.kernelJson();

    final EmbeddedMongo embedded;
    final MongoClient client;
    public final MongoDatabase database;
    public MongoEventStorageEngine engine;
    private NoteSigner signer;

    StoreFixture(Path dataDir, String backend) {
        this(dataDir, backend, null);
    }

    /** A store on the in-memory backend whose commits are signed by {@code signer}. */
    public static StoreFixture signed(Path dataDir, NoteSigner signer) {
        return signed(dataDir, signer, null);
    }

    /** A signed store whose client reports every command it sends to {@code listener}. */
    public static StoreFixture signed(Path dataDir, NoteSigner signer, CommandListener listener) {
        StoreFixture fixture = new StoreFixture(dataDir, "memory", listener);
        fixture.signWith(signer);
        return fixture;
    }

    /** Reopens the engine signing with {@code signer}, as a restart with another key would. */
    public void signWith(NoteSigner signer) {
        this.signer = signer;
        reopen();
    }

    /** A store whose client reports every command it sends to {@code listener}, when one is given. */
    StoreFixture(Path dataDir, String backend, CommandListener listener) {
        this.embedded = EmbeddedMongo.acquire(new EmbeddedSettings(backend, 0, false, EmbeddedSettings.DEFAULT_CACHE_MEGABYTES), dataDir);
        MongoClientSettings.Builder settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(embedded.connectionString()));
        if (listener != null) settings.addCommandListener(listener);
        this.client = MongoClients.create(settings.build());
        this.database = client.getDatabase("wenping");
        this.engine = openEngine();
    }

    MongoEventStorageEngine openEngine() {
        return MongoEventStorageEngine.builder().database(database).durability(embedded)
                .eventSerializer(SERIALIZER).snapshotSerializer(SERIALIZER).catchUpScanDistance(3).signer(signer).build();
    }

    /** Closes this engine and opens a new one on the same store, as a restarted process would. */
    public void reopen() {
        engine.close();
        engine = openEngine();
    }

    public static DomainEventMessage<Noted> event(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Matter", aggregateId, sequence, new Noted(text));
    }

    public EventStoreCollections collections() {
        return EventStoreCollections.in(database);
    }

    @Override
    public void close() {
        engine.close();
        client.close();
        embedded.release();
    }

    /** A payload for store tests. */
    public record Noted(String text) {
    }
}
