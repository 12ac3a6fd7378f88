package org.wenping.ops.store;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.BsonDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.kernel.integrity.EventHash;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wenping.ops.store.StoreFixture.event;

class MongoEventStorageEngineTest {
    @TempDir
    Path dataDir;
    StoreFixture store;

    @BeforeEach
    void open() {
        store = new StoreFixture(dataDir, "h2");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<StoredEvent> all() {
        return store.engine.eventsAfter(0, store.engine.durablePosition(), Integer.MAX_VALUE);
    }

    @Test
    void givesEveryEventAGaplessGlobalPositionAndKeepsEachStreamInOrder() {
        store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1")));
        store.engine.appendEvents(List.of(event("b", 0, "b0")));
        store.engine.appendEvents(List.of(event("a", 2, "a2")));

        assertThat(all()).extracting(StoredEvent::position).containsExactly(1L, 2L, 3L, 4L);
        assertThat(store.engine.readEvents("a").asStream().map(e -> ((StoreFixture.Noted) e.getPayload()).text()))
                .containsExactly("a0", "a1", "a2");
        assertThat(store.engine.durablePosition()).isEqualTo(4);
    }

    @Test
    void aSecondWriterOfTheSameSequenceLosesAndNothingOfItIsStored() {
        store.engine.appendEvents(List.of(event("a", 0, "first")));
        store.engine.appendEvents(List.of(event("a", 1, "winner")));

        assertThatThrownBy(() -> store.engine.appendEvents(List.of(event("a", 1, "loser"), event("a", 2, "loser too"))))
                .isInstanceOf(ConcurrencyException.class);
        assertThatThrownBy(() -> store.engine.appendEvents(List.of(event("a", 0, "duplicate creation"))))
                .isInstanceOf(AggregateStreamCreationException.class);
        assertThat(all()).extracting(e -> e.payload().path("text").asText()).containsExactly("first", "winner");
    }

    @Test
    void chainsEveryEventToTheHashOfItsPredecessorInTheGlobalOrder() {
        store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1")));
        store.engine.appendEvents(List.of(event("b", 0, "b0")));

        String previous = EventHash.GENESIS;
        for (StoredEvent stored : all()) {
            String recomputed = new EventHash(stored.eventId(), stored.type(), stored.revision(), stored.aggregateId(),
                    stored.sequence(), stored.position(), stored.timestamp(), stored.payload(), stored.metadata(),
                    previous).digest();
            assertThat(stored.hash()).isEqualTo(recomputed);
            previous = stored.hash();
        }
    }

    @Test
    void trackingResumesFromATokenInsideAMultiEventCommit() {
        store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1"), event("a", 2, "a2")));
        store.engine.appendEvents(List.of(event("b", 0, "b0")));

        List<Long> after2 = store.engine.readEvents(new GlobalSequenceTrackingToken(2), false)
                .map(e -> ((GlobalSequenceTrackingToken) e.trackingToken()).getGlobalIndex()).toList();
        assertThat(after2).containsExactly(3L, 4L);
    }

    @Test
    void trackingNeverDeliversACommitBeyondTheDurableMarker() {
        store.engine.appendEvents(List.of(event("a", 0, "a0")));
        BsonDocument stored = store.database.getCollection(EventStoreCollections.COMMITS, BsonDocument.class)
                .find(Filters.eq("_id", 1L)).first();
        // A commit another writer inserted but has not yet made durable: visible, not yet published.
        BsonDocument inFlight = stored.clone();
        inFlight.put("_id", new org.bson.BsonInt64(2));
        inFlight.put("streamKey", new org.bson.BsonString("b:0"));
        store.database.getCollection(EventStoreCollections.COMMITS, BsonDocument.class).insertOne(inFlight);

        assertThat(store.engine.readEvents(null, false).count()).isEqualTo(1);
        store.reopen();
        assertThat(store.engine.readEvents(null, false).count()).isEqualTo(2);
    }

    @Test
    void aReopenedStoreContinuesTheOrderAndTheChainWhereItEnded() {
        store.engine.appendEvents(List.of(event("a", 0, "a0")));
        String lastHash = all().get(0).hash();
        store.reopen();
        store.engine.appendEvents(List.of(event("a", 1, "a1")));

        StoredEvent second = all().get(1);
        assertThat(second.position()).isEqualTo(2);
        assertThat(second.hash()).isEqualTo(new EventHash(second.eventId(), second.type(), second.revision(), "a", 1L,
                2, second.timestamp(), second.payload(), second.metadata(), lastHash).digest());
    }

    @Test
    void aReaderFarBehindCatchesUpThroughTheSharedPagesThenFollowsTheHead() {
        store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1")));
        List<org.axonframework.eventhandling.DomainEventMessage<?>> pageAndMore = new java.util.ArrayList<>();
        for (int i = 0; i < CatchUpPages.EVENTS; i++) pageAndMore.add(event("b", i, "b" + i));
        store.engine.appendEvents(pageAndMore);
        for (int i = 0; i < 10; i++) store.engine.appendEvents(List.of(event("c", i, "c" + i)));
        long last = CatchUpPages.EVENTS + 12;

        assertThat(store.engine.readEvents(null, false).map(e -> e.trackingToken().position().orElseThrow()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, last).boxed().toList());
        assertThat(store.engine.readEvents(new GlobalSequenceTrackingToken(1), false)
                .map(e -> e.trackingToken().position().orElseThrow()))
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(2, last).boxed().toList());
    }

    @Test
    void storesAndReadsTheLatestSnapshot() {
        store.engine.appendEvents(List.of(event("a", 0, "a0"), event("a", 1, "a1")));
        store.engine.storeSnapshot(new GenericDomainEventMessage<>("Matter", "a", 1, new StoreFixture.Noted("state@1")));

        DomainEventMessage<?> snapshot = store.engine.readSnapshot("a").orElseThrow();
        assertThat(snapshot.getSequenceNumber()).isEqualTo(1);
        assertThat(((StoreFixture.Noted) snapshot.getPayload()).text()).isEqualTo("state@1");
    }

    @Test
    void findsTheTokenForAPointInTime() throws InterruptedException {
        store.engine.appendEvents(List.of(event("a", 0, "a0")));
        Thread.sleep(5);
        var between = java.time.Instant.now();
        Thread.sleep(5);
        store.engine.appendEvents(List.of(event("a", 1, "a1")));

        assertThat(store.engine.createTokenAt(between).position()).hasValue(1);
        assertThat(store.engine.createHeadToken().position()).hasValue(2);
        assertThat(store.engine.readEvents(store.engine.createTokenAt(between), false)
                .map(TrackedEventMessage::getIdentifier).collect(Collectors.toList())).hasSize(1);
    }
}
