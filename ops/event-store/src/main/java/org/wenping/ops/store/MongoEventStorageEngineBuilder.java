package org.wenping.ops.store;

import com.mongodb.client.MongoDatabase;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.wenping.ops.signing.NoteSigner;

import java.time.Clock;

/** Builds the engine; database and durability are required, the rest defaults as in Axon. */
public final class MongoEventStorageEngineBuilder extends BatchingEventStorageEngine.Builder {
    MongoDatabase database;
    StoreDurability durability;
    Clock clock = Clock.systemUTC();
    long catchUpScanDistance = 5_000;
    NoteSigner signer;
    String collectionPrefix = "event";
    AppendObserver observer = AppendObserver.NONE;

    public MongoEventStorageEngineBuilder database(MongoDatabase database) {
        this.database = database;
        return this;
    }

    /** Keeps this log in collections of its own ({@link EventStoreCollections#named}); the event store's by default. */
    public MongoEventStorageEngineBuilder collectionPrefix(String prefix) {
        this.collectionPrefix = prefix;
        return this;
    }

    public MongoEventStorageEngineBuilder durability(StoreDurability durability) {
        this.durability = durability;
        return this;
    }

    /** How far behind a tracking reader must be before it reads the shared catch-up pages ({@link CatchUpPages}). */
    public MongoEventStorageEngineBuilder catchUpScanDistance(long events) {
        this.catchUpScanDistance = events;
        return this;
    }

    /** The key every commit is signed with; without one commits are unsigned and a verifier reports them as forged. */
    public MongoEventStorageEngineBuilder signer(NoteSigner signer) {
        this.signer = signer;
        return this;
    }

    /** Told of every append and every group written, for metrics. */
    public MongoEventStorageEngineBuilder observer(AppendObserver observer) {
        this.observer = observer;
        return this;
    }

    public MongoEventStorageEngineBuilder clock(Clock clock) {
        this.clock = clock;
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder eventSerializer(Serializer eventSerializer) {
        super.eventSerializer(eventSerializer);
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder snapshotSerializer(Serializer snapshotSerializer) {
        super.snapshotSerializer(snapshotSerializer);
        return this;
    }

    @Override
    public MongoEventStorageEngineBuilder upcasterChain(EventUpcaster upcasterChain) {
        super.upcasterChain(upcasterChain);
        return this;
    }

    @Override
    protected void validate() throws AxonConfigurationException {
        super.validate();
        if (database == null) throw new AxonConfigurationException("a MongoDatabase is required");
        if (durability == null) throw new AxonConfigurationException("a StoreDurability is required");
    }

    public MongoEventStorageEngine build() {
        validate();
        return new MongoEventStorageEngine(this);
    }
}
