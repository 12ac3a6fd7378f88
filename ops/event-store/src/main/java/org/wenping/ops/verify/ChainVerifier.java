package org.wenping.ops.verify;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.transparency.Checkpoint;
import org.wenping.ops.transparency.CompactRange;
import org.wenping.ops.transparency.MerkleTree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Checks raw commit documents fed in {@code _id} order, one at a time, so that a full verification and
 * a background task following the head share one rule. Each commit is judged on its own evidence:
 * its signature (over {@link org.wenping.ops.store.CommitStatement}), the hash of each event chained
 * from the one before it, and where it sits. Holes are judged at the end, when every surviving stream
 * has shown which sequence numbers it lacks.
 */
public final class ChainVerifier {
    private final KeyRing keys;
    private final Checkpoint trusted;
    private final List<Breach> breaches = new ArrayList<>();
    private final List<Hole> holes = new ArrayList<>();
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final CompactRange tree = new CompactRange();
    private long expected = 1;
    private String lastHash = EventHash.GENESIS;
    private long lastStreams;
    private long checked;
    private byte[] rootAtCheckpoint;

    public ChainVerifier(KeyRing keys, Checkpoint trusted) {
        this.keys = keys;
        this.trusted = trusted;
    }

    /** The position after the last commit seen: where an incremental reader carries on. */
    public long expectedNext() {
        return expected;
    }

    public void accept(BsonDocument commit) {
        accept(evidenceOf(commit));
    }

    /** A commit as evidence, its signature and hashes checked: safe to call from several threads at once. */
    CommitEvidence evidenceOf(BsonDocument commit) {
        return CommitEvidence.of(commit, keys);
    }

    /** Judges {@code evidence} in its place; commits must be given in {@code _id} order. */
    void accept(CommitEvidence evidence) {
        long at = evidence.position();
        if (at < expected) {
            breach(at, BreachKind.INSERTED, evidence.aggregateId(),
                    "第 " + at + " 位已属于前一提交,此提交是插入的");
            return;
        }
        if (at > expected) holes.add(new Hole(expected, at - 1, lastStreams, evidence.streamsBefore()));
        judge(evidence, evidence.previousHash().equals(lastHash));
        followStream(evidence);
        for (BsonValue event : evidence.events()) {
            String hash = event.asDocument().getString(CommitFields.HASH, new org.bson.BsonString("")).getValue();
            tree.append(MerkleTree.leafHash(hash.length() == 64 ? HexFormat.of().parseHex(hash) : new byte[0]));
            checked++;
            if (trusted != null && tree.size() == trusted.size()) rootAtCheckpoint = tree.root();
        }
        expected = at + evidence.count();
        lastHash = evidence.lastHash();
        lastStreams = evidence.streams();
    }

    private void judge(CommitEvidence commit, boolean linked) {
        long at = commit.position();
        long claimed = commit.firstEventPosition();
        if (claimed != at && commit.signedAt(claimed) && commit.firstBadEvent(claimed) < 0) {
            breach(at, BreachKind.REORDERED, commit.aggregateId(),
                    "签名为第 " + claimed + " 位的提交出现在第 " + at + " 位(次序被调换)");
            return;
        }
        int bad = commit.firstBadEvent(at);
        if (!commit.signedAt(at)) {
            if (bad < 0 && linked) {
                breach(at, BreachKind.FORGED, commit.aggregateId(),
                        "哈希正确但没有可信密钥的有效签名(" + commit.signatureProblem() + ")");
            } else {
                breach(at, BreachKind.INSERTED, commit.aggregateId(),
                        "未签名且不衔接前一事件的提交(" + commit.signatureProblem() + ")");
            }
            return;
        }
        if (bad >= 0) {
            breach(at + bad, BreachKind.ALTERED, commit.aggregateId(),
                    "事件内容与其哈希不符(载荷、元数据或记录头被改动)");
        }
        if (commit.events().size() > commit.count()) {
            breach(at + commit.count(), BreachKind.INSERTED, commit.aggregateId(),
                    "提交签名只涵盖 " + commit.count() + " 个事件,却存有 " + commit.events().size() + " 个");
        } else if (commit.events().size() < commit.count()) {
            breach(at + commit.events().size(), BreachKind.DELETED, commit.aggregateId(),
                    "提交签名涵盖 " + commit.count() + " 个事件,只剩 " + commit.events().size() + " 个");
        }
    }

    private void followStream(CommitEvidence commit) {
        String aggregateId = commit.aggregateId();
        if (aggregateId == null || commit.firstSequence() == null) return;
        long wanted = nextSequence.getOrDefault(aggregateId, 0L);
        if (commit.firstSequence() > wanted && !holes.isEmpty()) {
            Hole hole = holes.stream().filter(h -> h.to < commit.position() && h.aggregateId == null)
                    .reduce((first, second) -> second).orElse(holes.get(holes.size() - 1));
            hole.attribute(aggregateId, wanted, commit.firstSequence() - 1);
        }
        nextSequence.put(aggregateId, Math.max(wanted, commit.firstSequence() + commit.count()));
    }

    private void breach(long position, BreachKind kind, String aggregateId, String detail) {
        breaches.add(new Breach(position, kind, aggregateId, detail));
    }

    /**
     * The report over everything fed so far, held against the durable-head marker and the trusted
     * checkpoint; it does not change this verifier, which can go on reading.
     */
    public VerifyReport report(long durableHead) {
        List<Breach> found = new ArrayList<>(breaches);
        holes.forEach(hole -> hole.judge(found));
        long end = expected - 1;
        List<String> notices = new ArrayList<>();
        if (durableHead > end) {
            found.add(new Breach(end + 1, BreachKind.TRUNCATED, null,
                    "持久化标记记到第 " + durableHead + " 位,存储只到第 " + end + " 位"));
        } else if (durableHead < end) {
            notices.add("第 " + (durableHead + 1) + "–" + end + " 位已写入但尚未标记为持久(进程可能在确认前停止)");
        }
        VerifyReport.CheckpointRef checkpoint = null;
        if (trusted == null) {
            notices.add("没有可对照的已发布检查点:删除尾部并回退持久化标记无法被发现");
        } else {
            checkpoint = new VerifyReport.CheckpointRef(trusted.origin(), trusted.size(), trusted.rootBase64());
            if (trusted.size() > end && durableHead <= end) {
                found.add(new Breach(end + 1, BreachKind.TRUNCATED, null,
                        "已发布的检查点含 " + trusted.size() + " 个事件,存储只到第 " + end + " 位"));
            } else if (trusted.size() <= end && trusted.size() > 0 && !Arrays.equals(rootAtCheckpoint, trusted.root())
                    && found.stream().noneMatch(breach -> breach.position() <= trusted.size())) {
                // Any breach within the checkpointed prefix changes the root too; only an otherwise
                // unexplained difference (history rewritten with the key) is reported on its own.
                found.add(new Breach(trusted.size(), BreachKind.ALTERED, null,
                        "前 " + trusted.size() + " 个事件的默克尔树根与已发布的检查点不符"));
            }
        }
        found.sort(Comparator.comparingLong(Breach::position));
        return new VerifyReport(found.isEmpty(), checked, checkpoint, found, notices);
    }

    /** Positions missing between two commits, with the streams that turned out to lack sequence numbers there. */
    private static final class Hole {
        final long from;
        final long to;
        final long streamsBefore;
        final long streamsAfter;
        String aggregateId;
        String sequences;
        boolean lostCreation;

        Hole(long from, long to, long streamsBefore, long streamsAfter) {
            this.from = from;
            this.to = to;
            this.streamsBefore = streamsBefore;
            this.streamsAfter = streamsAfter;
        }

        void attribute(String aggregate, long firstMissing, long lastMissing) {
            if (aggregateId != null) return;
            aggregateId = aggregate;
            sequences = firstMissing == lastMissing ? String.valueOf(firstMissing) : firstMissing + "–" + lastMissing;
            lostCreation = firstMissing == 0;
        }

        void judge(List<Breach> found) {
            String span = from == to ? "第 " + from + " 位" : "第 " + from + "–" + to + " 位";
            long removedStreams = streamsAfter - streamsBefore - (lostCreation ? 1 : 0);
            if (aggregateId != null) {
                found.add(new Breach(from, BreachKind.DELETED, aggregateId,
                        span + "的事件被删除(记录 " + aggregateId + " 缺少序号 " + sequences + ")"));
            }
            if (removedStreams > 0) {
                found.add(new Breach(from, BreachKind.STREAM_REMOVED, null,
                        span + "被删除,其中 " + removedStreams + " 个记录的全部事件都已不在"));
            } else if (aggregateId == null) {
                found.add(new Breach(from, BreachKind.DELETED, null, span + "的事件被删除"));
            }
        }
    }
}
