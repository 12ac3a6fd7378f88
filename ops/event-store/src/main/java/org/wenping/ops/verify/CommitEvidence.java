package org.wenping.ops.verify;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.signing.NoteVerifier;
import org.wenping.ops.store.CommitFields;
import org.wenping.ops.store.CommitStatement;
import org.wenping.ops.store.StoredEvent;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static org.wenping.ops.store.CommitFields.*;

/**
 * One raw commit document as evidence: read defensively (a tampered document may lack fields or carry
 * the wrong types) and asked what its signature and hashes say. Its signature is checked and its hashes are
 * recomputed for the position it is stored at when it is made — the costly part, so that a page of commits can
 * be judged side by side before they are fed in order; any other position is checked when asked.
 */
final class CommitEvidence {
    private final BsonDocument commit;
    private final long position;
    private final int count;
    private final BsonArray events;
    private final KeyRing keys;
    private final Optional<String> signatureProblemHere;
    private final int firstBadEventHere;

    private CommitEvidence(BsonDocument commit, KeyRing keys) {
        BsonValue id = commit.get(ID);
        BsonValue count = commit.get(COUNT);
        BsonValue events = commit.get(EVENTS);
        this.commit = commit;
        this.keys = keys;
        this.position = id != null && id.isNumber() ? id.asNumber().longValue() : -1;
        this.count = count != null && count.isNumber() ? count.asNumber().intValue() : 0;
        this.events = events != null && events.isArray() ? events.asArray() : new BsonArray();
        this.signatureProblemHere = checkSignature(position);
        this.firstBadEventHere = recomputeHashes(position);
    }

    static CommitEvidence of(BsonDocument commit, KeyRing keys) {
        return new CommitEvidence(commit, keys);
    }

    long position() {
        return position;
    }

    int count() {
        return count;
    }

    BsonArray events() {
        return events;
    }

    String aggregateId() {
        return text(commit, AGGREGATE_ID);
    }

    Long firstSequence() {
        BsonValue sequence = commit.get(FIRST_SEQUENCE);
        return sequence != null && sequence.isNumber() ? sequence.asNumber().longValue() : null;
    }

    long streams() {
        return CommitFields.streams(commit);
    }

    /** The stream count before this commit: a commit at sequence 0 starts a stream. */
    long streamsBefore() {
        return streams() - (aggregateId() != null && Long.valueOf(0).equals(firstSequence()) ? 1 : 0);
    }

    String previousHash() {
        return orEmpty(text(commit, PREVIOUS_HASH));
    }

    String lastHash() {
        return orEmpty(text(commit, LAST_HASH));
    }

    long firstEventPosition() {
        if (events.isEmpty() || !events.get(0).isDocument()) return position;
        BsonValue first = events.get(0).asDocument().get(POSITION);
        return first != null && first.isNumber() ? first.asNumber().longValue() : position;
    }

    /** Whether a trusted key signed this commit as starting at {@code firstPosition}. */
    boolean signedAt(long firstPosition) {
        return signatureProblem(firstPosition).isEmpty();
    }

    String signatureProblem() {
        return signatureProblem(position).orElse("签名有效");
    }

    private Optional<String> signatureProblem(long firstPosition) {
        return firstPosition == position ? signatureProblemHere : checkSignature(firstPosition);
    }

    private Optional<String> checkSignature(long firstPosition) {
        BsonValue signature = commit.get(SIGNATURE);
        if (signature == null || !signature.isDocument()) return Optional.of("没有签名");
        BsonDocument fields = signature.asDocument();
        String keyName = text(fields, SIGNATURE_KEY_NAME);
        String keyId = text(fields, SIGNATURE_KEY_ID);
        String value = text(fields, SIGNATURE_VALUE);
        if (keyName == null || keyId == null || value == null || !keyId.matches("[0-9a-f]{8}")) {
            return Optional.of("签名不完整");
        }
        Optional<NoteVerifier> key = keys.find(keyName, HexFormat.fromHexDigits(keyId));
        if (key.isEmpty()) return Optional.of("签名密钥 " + keyName + "+" + keyId + " 不在可信密钥中");
        CommitStatement statement = new CommitStatement(firstPosition, count, streams(),
                text(commit, AGGREGATE_TYPE), previousHash(), lastHash());
        try {
            byte[] bytes = Base64.getDecoder().decode(value);
            return key.get().verify(statement.text().getBytes(StandardCharsets.UTF_8), bytes)
                    ? Optional.empty() : Optional.of("签名与提交内容不符");
        } catch (IllegalArgumentException e) {
            return Optional.of("签名不是 base64");
        }
    }

    /**
     * The index of the first event whose hash does not recompute, each chained from the stored hash
     * before it (so one changed event is named alone), with positions counted from {@code firstPosition};
     * -1 when every event and the commit's last hash hold.
     */
    int firstBadEvent(long firstPosition) {
        return firstPosition == position ? firstBadEventHere : recomputeHashes(firstPosition);
    }

    private int recomputeHashes(long firstPosition) {
        String previous = previousHash();
        int checkedEvents = Math.min(count, events.size());
        for (int i = 0; i < checkedEvents; i++) {
            try {
                BsonDocument event = events.get(i).asDocument();
                StoredEvent stored = StoredEvent.from(commit, event);
                String recomputed = new EventHash(stored.eventId(), stored.type(), stored.revision(),
                        stored.aggregateId(), stored.sequence(), firstPosition + i, stored.timestamp(),
                        stored.payload(), stored.metadata(), previous).digest();
                if (stored.position() != firstPosition + i || !recomputed.equals(stored.hash())) return i;
                previous = stored.hash();
            } catch (RuntimeException unreadable) {
                return i;
            }
        }
        if (checkedEvents < count) return -1; // the missing events are reported as deleted
        return previous.equals(lastHash()) ? -1 : checkedEvents - 1;
    }

    private static String text(BsonDocument document, String field) {
        BsonValue value = document.get(field);
        return value != null && value.isString() ? value.asString().getValue() : null;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
