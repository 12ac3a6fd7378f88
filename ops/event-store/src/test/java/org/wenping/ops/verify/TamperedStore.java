package org.wenping.ops.verify;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.conversions.Bson;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteSigner;
import org.wenping.ops.signing.SignatureAlgorithm;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.CommitStatement;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.store.StoreFixture;
import org.wenping.ops.store.StoredEvent;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.MerkleTree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.wenping.ops.store.StoreFixture.event;

/**
 * A signed store of eight commits, one event each, and the raw-document edits an attacker with write
 * access to the collection would make:
 * <pre>
 * position 1 m-1:0   2 m-2:0   3 m-1:1   4 m-3:0   5 m-2:1   6 m-1:2   7 m-3:1   8 m-4:0
 * </pre>
 */
final class TamperedStore implements AutoCloseable {
    static final NoteSigner KEY = NoteSigner.generate("wenping.test/log", SignatureAlgorithm.ED25519);

    final StoreFixture store;
    final MongoCollection<BsonDocument> commits;
    final MongoCollection<BsonDocument> meta;

    TamperedStore(Path dataDir) {
        store = StoreFixture.signed(dataDir, KEY);
        for (String[] step : new String[][]{{"m-1", "0"}, {"m-2", "0"}, {"m-1", "1"}, {"m-3", "0"}, {"m-2", "1"},
                {"m-1", "2"}, {"m-3", "1"}, {"m-4", "0"}}) {
            store.engine.appendEvents(List.of(event(step[0], Long.parseLong(step[1]), step[0] + " 第" + step[1] + "步")));
        }
        commits = store.database.getCollection(EventStoreCollections.COMMITS, BsonDocument.class);
        meta = store.database.getCollection(EventStoreCollections.META, BsonDocument.class);
        awaitMarkerAt(8);
    }

    /** The shared durable-head marker moves on a thread of its own, a moment after the append returns. */
    private void awaitMarkerAt(long position) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (store.collections().durableHead() < position && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(10_000_000L);
        }
    }

    /** Verifies while another commit becomes durable the moment the scan has ended, as under live writes. */
    VerifyReport verifyWhileAppending(Checkpoint trusted) {
        AtomicBoolean appended = new AtomicBoolean();
        return new StoreVerifier(store.collections(), KeyRing.of(KEY.verifier())).verify(trusted, position -> {
            if (position < 8 || appended.getAndSet(true)) return;
            store.engine.appendEvents(List.of(event("m-4", 1, "m-4 第1步")));
            awaitMarkerAt(9);
        });
    }

    VerifyReport verify(Checkpoint trusted, KeyRing keys) {
        return new StoreVerifier(store.collections(), keys).verify(trusted, position -> { });
    }

    VerifyReport verify(Checkpoint trusted) {
        return verify(trusted, KeyRing.of(KEY.verifier()));
    }

    /** The checkpoint of the store as it is now, as the log would have published it. */
    Checkpoint checkpoint() {
        List<byte[]> leaves = new ArrayList<>();
        for (BsonDocument commit : commits.find().sort(Sorts.ascending("_id"))) {
            for (var event : commit.getArray(CommitFields.EVENTS)) {
                leaves.add(MerkleTree.leafHash(HexFormat.of().parseHex(event.asDocument().getString(CommitFields.HASH).getValue())));
            }
        }
        return new Checkpoint("wenping.test/log", leaves.size(), MerkleTree.root(leaves, leaves.size()));
    }

    BsonDocument commitAt(long position) {
        return commits.find(Filters.eq("_id", position)).first();
    }

    void update(long position, Bson update) {
        commits.updateOne(Filters.eq("_id", position), update);
    }

    void delete(long position) {
        commits.deleteOne(Filters.eq("_id", position));
    }

    void rewindMarker(long position) {
        BsonDocument commit = commitAt(position);
        meta.updateOne(Filters.eq("_id", "durable-head"), Updates.combine(Updates.set("position", position),
                Updates.set("commitStart", position), Updates.set("hash", commit.getString(CommitFields.LAST_HASH).getValue())));
    }

    /** Moves whole commit documents to other positions, as a delete and re-insert would. */
    void swap(long first, long second) {
        BsonDocument a = commitAt(first);
        BsonDocument b = commitAt(second);
        delete(first);
        delete(second);
        commits.insertOne(a.clone().append("_id", new BsonInt64(second)));
        commits.insertOne(b.clone().append("_id", new BsonInt64(first)));
    }

    /**
     * A new commit after the head, its event hashed and chained correctly and signed by {@code signer}
     * (or unsigned): what somebody without the log's key can make.
     */
    BsonDocument forgedAfterHead(NoteSigner signer, String previousHashOverride) {
        BsonDocument last = commits.find().sort(Sorts.descending("_id")).first();
        long position = last.getInt64("_id").getValue() + 1;
        String previous = previousHashOverride != null ? previousHashOverride : last.getString(CommitFields.LAST_HASH).getValue();
        BsonDocument event = last.getArray(CommitFields.EVENTS).get(0).asDocument().clone()
                .append(CommitFields.EVENT_ID, new BsonString("forged-" + position))
                .append(CommitFields.POSITION, new BsonInt64(position))
                .append(CommitFields.SEQUENCE, new BsonInt64(1));
        BsonDocument commit = last.clone().append("_id", new BsonInt64(position))
                .append(CommitFields.STREAM_KEY, new BsonString("m-4:1"))
                .append(CommitFields.FIRST_SEQUENCE, new BsonInt64(1))
                .append(CommitFields.PREVIOUS_HASH, new BsonString(previous));
        StoredEvent stored = StoredEvent.from(commit, event);
        String hash = new EventHash(stored.eventId(), stored.type(), stored.revision(), stored.aggregateId(),
                stored.sequence(), position, stored.timestamp(), stored.payload(), stored.metadata(), previous).digest();
        event.append(CommitFields.HASH, new BsonString(hash));
        commit.append(CommitFields.LAST_HASH, new BsonString(hash))
                .append(CommitFields.EVENTS, new org.bson.BsonArray(List.of(event)));
        commit.remove(CommitFields.SIGNATURE);
        if (signer != null) {
            String statement = new CommitStatement(position, 1, CommitFields.streams(commit),
                    commit.getString(CommitFields.AGGREGATE_TYPE).getValue(), previous, hash).text();
            commit.append(CommitFields.SIGNATURE, new BsonDocument(CommitFields.SIGNATURE_ALGORITHM, new BsonString("Ed25519"))
                    .append(CommitFields.SIGNATURE_KEY_NAME, new BsonString(signer.name()))
                    .append(CommitFields.SIGNATURE_KEY_ID, new BsonString(signer.verifier().keyIdHex()))
                    .append(CommitFields.SIGNATURE_VALUE, new BsonString(Base64.getEncoder().encodeToString(
                            signer.sign(statement.getBytes(StandardCharsets.UTF_8))))));
        }
        commits.insertOne(commit);
        return commit;
    }

    @Override
    public void close() {
        store.close();
    }
}
