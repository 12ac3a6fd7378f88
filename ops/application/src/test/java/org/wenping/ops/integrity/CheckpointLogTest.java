package org.wenping.ops.integrity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wenping.ops.embedded.EmbeddedMongo;
import org.wenping.ops.embedded.EmbeddedSettings;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.JsonSerializers;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.StoredEvent;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.MerkleTree;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CheckpointLogTest {
    private static final String ORIGIN = "wenping.test/log";
    private static final NoteSigner KEY = NoteSigner.generate(ORIGIN, SignatureAlgorithm.ED25519);
    private static final int EVERY = 5;

    @TempDir
    Path dataDir;
    private EmbeddedMongo embedded;
    private MongoClient client;
    private MongoDatabase database;
    private MongoEventStorageEngine store;
    private PublishedCheckpoints published;
    /** The size of every tree head the logs under test computed, in order. */
    private final List<Integer> treeHeads = new ArrayList<>();

    @BeforeEach
    void open() {
        embedded = EmbeddedMongo.acquire(new EmbeddedSettings("memory", 0, false, EmbeddedSettings.DEFAULT_CACHE_MEGABYTES), dataDir);
        client = MongoClients.create(embedded.connectionString());
        database = client.getDatabase("wenping");
        store = MongoEventStorageEngine.builder().database(database).durability(embedded).signer(KEY)
                .eventSerializer(JsonSerializers.kernelJson()).snapshotSerializer(JsonSerializers.kernelJson()).build();
        published = new PublishedCheckpoints(database, dataDir.resolve("checkpoints"));
    }

    @AfterEach
    void close() {
        store.close();
        client.close();
        embedded.release();
    }

    /** A log as the application starts one: from the latest checkpoint stored, its leaves read afresh from the store. */
    private CheckpointLog startLog() {
        return new CheckpointLog(store, new SigningKeys(KEY, KeyRing.of(KEY.verifier())), published, ORIGIN, EVERY,
                Duration.ofMinutes(10), Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC),
                (tree, size) -> {
                    treeHeads.add(size);
                    return tree.root(size);
                });
    }

    private void append(String aggregateId, long... sequences) {
        for (long sequence : sequences) {
            store.appendEvents(List.of(new GenericDomainEventMessage<>("Matter", aggregateId, sequence,
                    new Noted(aggregateId + " 第" + sequence + "步"))));
        }
    }

    private static Checkpoint checkpointOf(CheckpointLog log) {
        return Checkpoint.parse(log.latest().orElseThrow().text());
    }

    private static void tick(CheckpointLog log, int times) {
        for (int i = 0; i < times; i++) log.tick();
    }

    @Test
    void publishesASignedCheckpointWhoseRootIsTheTreeHeadOfTheStoredEvents() {
        append("m-1", 0, 1);
        append("m-2", 0);
        CheckpointLog log = startLog();

        log.tick();

        List<byte[]> leaves = new ArrayList<>();
        for (StoredEvent event : store.eventsAfter(0, store.durablePosition(), 100)) {
            leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(event.hash())));
        }
        SignedNote note = log.latest().orElseThrow();
        assertThat(note.signedBy(KEY.verifier())).isTrue();
        assertThat(checkpointOf(log).origin()).isEqualTo(ORIGIN);
        assertThat(checkpointOf(log).size()).isEqualTo(3);
        assertThat(checkpointOf(log).root()).isEqualTo(MerkleTree.root(leaves, 3));
        assertThat(published.latestStored().map(SignedNote::text)).contains(note.text());
        assertThat(log.refusal()).isEmpty();
    }

    @Test
    void aCheckpointItPublishedIsNotRecomputedOnEveryTick() {
        append("m-1", 0, 1, 2);
        CheckpointLog log = startLog();

        tick(log, 10);

        assertThat(checkpointOf(log).size()).isEqualTo(3);
        assertThat(treeHeads).containsExactly(3);
    }

    @Test
    void theCheckpointOfAPreviousRunIsCheckedOnceWhenTheLeavesReachIt() {
        append("m-1", 0, 1, 2);
        startLog().tick();
        treeHeads.clear();
        CheckpointLog restarted = startLog();

        tick(restarted, 10);
        assertThat(treeHeads).containsExactly(3);

        append("m-2", 0, 1);
        tick(restarted, 10);
        assertThat(checkpointOf(restarted).size()).isEqualTo(5);
        assertThat(treeHeads).containsExactly(3, 5);
        assertThat(restarted.refusal()).isEmpty();
    }

    @Test
    void refusesToSignOnceTheStoredEventsNoLongerMatchTheLastCheckpoint() {
        append("m-1", 0, 1, 2);
        Checkpoint signed = Checkpoint.parse(startLog().publish().orElseThrow().text());
        database.getCollection(EventStoreCollections.COMMITS).updateOne(Filters.eq("_id", 2L),
                Updates.set(CommitFields.EVENTS + ".0." + CommitFields.HASH, "00".repeat(32)));
        append("m-2", 0, 1, 2, 3, 4, 5);
        CheckpointLog restarted = startLog();

        tick(restarted, 10);

        assertThat(restarted.refusal()).hasValueSatisfying(refusal -> assertThat(refusal).contains("前 3 个事件"));
        assertThat(restarted.publish().map(note -> Checkpoint.parse(note.text()).size())).contains(3L);
        assertThat(published.latestStored().map(note -> Checkpoint.parse(note.text()).root())).contains(signed.root());
    }

    /** A payload for these tests. */
    record Noted(String text) {
    }
}
