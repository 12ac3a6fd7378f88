package org.wenping.ops.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.wenping.ops.signing.SignedNote;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.StoredEvent;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.MerkleLog;
import org.wenping.ops.transparency.MerkleTree;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The RFC 6962 tree over the global order, its leaves the event hashes (32 bytes each) in position
 * order, and the signed checkpoints of it: one after {@code checkpoint-every} new events or after
 * {@code checkpoint-after} with any. Leaves come from the tracking read path, which stops at a hole, so
 * no checkpoint is ever signed over a gap; and the tree only grows, so no two checkpoints contradict
 * each other. It refuses to sign when the store no longer matches its last checkpoint. The tree keeps its
 * perfect subtrees ({@link MerkleLog}, used under this log's lock), so a checkpoint or a proof costs a few
 * node hashes, not a pass over every event.
 */
public class CheckpointLog {
    private static final Logger log = LoggerFactory.getLogger(CheckpointLog.class);
    private static final int READ_BATCH = 1000;

    private final MongoEventStorageEngine store;
    private final SigningKeys keys;
    private final PublishedCheckpoints published;
    private final String origin;
    private final long checkpointEvery;
    private final Duration checkpointAfter;
    private final Clock clock;
    private final BiFunction<MerkleLog, Integer, byte[]> root;
    private final MerkleLog tree = new MerkleLog();
    private SignedNote latest;
    // The leaves are read once and only appended to: once latest matches them (or was computed from them) it always will.
    private boolean latestChecked;
    private Instant latestAt = Instant.EPOCH;
    private String refusal;

    CheckpointLog(MongoEventStorageEngine store, SigningKeys keys, PublishedCheckpoints published,
                  IntegrityProperties properties, Clock clock) {
        this(store, keys, published, properties.origin(), properties.checkpointEvery(), properties.checkpointAfter(), clock);
    }

    /** The checkpoints of another log on the engine (the access log's), under an origin of its own. */
    public CheckpointLog(MongoEventStorageEngine store, SigningKeys keys, PublishedCheckpoints published, String origin,
                         long checkpointEvery, Duration checkpointAfter, Clock clock) {
        this(store, keys, published, origin, checkpointEvery, checkpointAfter, clock, MerkleLog::root);
    }

    /** With the tree head computed by {@code root}, so that a test can count how often it is. */
    CheckpointLog(MongoEventStorageEngine store, SigningKeys keys, PublishedCheckpoints published, String origin,
                  long checkpointEvery, Duration checkpointAfter, Clock clock,
                  BiFunction<MerkleLog, Integer, byte[]> root) {
        this.store = store;
        this.keys = keys;
        this.published = published;
        this.origin = origin;
        this.checkpointEvery = checkpointEvery;
        this.checkpointAfter = checkpointAfter;
        this.clock = clock;
        this.root = root;
        this.latest = published.latestStored().orElse(null);
    }

    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    public synchronized void tick() {
        catchUp();
        long grown = tree.size() - latestSize();
        boolean due = grown >= checkpointEvery || grown > 0 && !clock.instant().isBefore(latestAt.plus(checkpointAfter));
        if (due) publish();
    }

    /** Signs and publishes a checkpoint of everything durable now, unless nothing is new or the log is refused. */
    public synchronized Optional<SignedNote> publish() {
        catchUp();
        if (refusal != null || tree.size() == latestSize() && latest != null) return Optional.ofNullable(latest);
        Checkpoint checkpoint = new Checkpoint(origin, tree.size(), root.apply(tree, tree.size()));
        SignedNote note = SignedNote.sign(checkpoint.text(), keys.signer());
        published.publish(note, clock.millis());
        latest = note;
        latestChecked = true;
        latestAt = clock.instant();
        log.info("已发布检查点:{} 个事件,根 {}", checkpoint.size(), checkpoint.rootBase64());
        return Optional.of(note);
    }

    private void catchUp() {
        List<StoredEvent> batch;
        do {
            batch = store.eventsAfter(tree.size(), store.durablePosition(), READ_BATCH);
            for (StoredEvent event : batch) {
                if (event.position() != tree.size() + 1) return;
                tree.append(MerkleTree.leafHash(HexFormat.of().parseHex(event.hash())));
            }
        } while (!batch.isEmpty());
        checkAgainstLatest();
    }

    private void checkAgainstLatest() {
        if (latest == null || latestChecked || refusal != null) return;
        Checkpoint checkpoint = Checkpoint.parse(latest.text());
        if (checkpoint.size() > tree.size()) return;
        latestChecked = true;
        if (!Arrays.equals(root.apply(tree, (int) checkpoint.size()), checkpoint.root())) {
            refusal = "存储中的前 " + checkpoint.size() + " 个事件与最近的检查点不符,停止签发检查点";
            log.error(refusal);
        }
    }

    public synchronized Optional<SignedNote> latest() {
        return Optional.ofNullable(latest);
    }

    /** The RFC 6962 consistency proof between two tree sizes this log has reached. */
    public synchronized List<byte[]> consistency(long from, long to) {
        catchUp();
        if (from < 0 || from > to || to > tree.size()) {
            throw new IllegalArgumentException("只能证明 0 ≤ from ≤ to ≤ " + tree.size() + " 之间的一致性");
        }
        return tree.consistencyProof((int) from, (int) to);
    }

    /** The RFC 6962 inclusion proof of the event at {@code position} in the tree of {@code size}. */
    public synchronized List<byte[]> inclusion(long position, long size) {
        catchUp();
        if (size > tree.size()) throw new IllegalArgumentException("树只有 " + tree.size() + " 个事件");
        return tree.inclusionProof((int) position - 1, (int) size);
    }

    private long latestSize() {
        return latest == null ? 0 : Checkpoint.parse(latest.text()).size();
    }

    synchronized Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }
}
