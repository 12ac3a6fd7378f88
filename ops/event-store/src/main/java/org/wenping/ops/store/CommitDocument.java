package org.wenping.ops.store;

import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonInt64;
import org.bson.BsonNull;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.wenping.kernel.integrity.EventHash;
import org.wenping.ops.signing.NoteSigner;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;

import static org.wenping.ops.store.CommitFields.*;

/**
 * A pending commit laid out at a given head of the global order: positions assigned, hashes chained,
 * and signed when the store has a signing key.
 */
record CommitDocument(PendingCommit commit, BsonDocument document, StoreHead headAfter) {

    static CommitDocument at(StoreHead head, PendingCommit commit, Clock clock, NoteSigner signer) {
        long firstPosition = head.nextPosition();
        String chainedFrom = head.lastHash();
        String previousHash = chainedFrom;
        BsonArray events = new BsonArray();
        long position = firstPosition;
        for (PreparedEvent event : commit.events) {
            String hash = new EventHash(event.eventId(), event.type(), event.revision(), event.aggregateId(),
                    event.sequence(), position, event.timestamp(), event.payload(), event.metadata(),
                    previousHash).digest();
            events.add(eventDocument(event, position, hash));
            previousHash = hash;
            position++;
        }
        PreparedEvent first = commit.first();
        long streams = head.streams() + (first.aggregateId() != null && Long.valueOf(0).equals(first.sequence()) ? 1 : 0);
        BsonDocument document = new BsonDocument(ID, new BsonInt64(firstPosition))
                .append(STREAM_KEY, new BsonString(commit.streamKey(firstPosition)))
                .append(AGGREGATE_ID, stringOrNull(first.aggregateId()))
                .append(AGGREGATE_TYPE, stringOrNull(first.aggregateType()))
                .append(FIRST_SEQUENCE, first.sequence() == null ? BsonNull.VALUE : new BsonInt64(first.sequence()))
                .append(COUNT, new BsonInt32(commit.events.size()))
                .append(STREAMS, new BsonInt64(streams))
                .append(PREVIOUS_HASH, new BsonString(chainedFrom))
                .append(LAST_HASH, new BsonString(previousHash))
                .append(COMMITTED_AT, new BsonDateTime(clock.millis()));
        if (signer != null) {
            CommitStatement statement = new CommitStatement(firstPosition, commit.events.size(), streams,
                    first.aggregateType(), chainedFrom, previousHash);
            document.append(SIGNATURE, signature(signer, statement));
        }
        document.append(EVENTS, events);
        return new CommitDocument(commit, document, new StoreHead(position - 1, firstPosition, previousHash, streams));
    }

    private static BsonDocument signature(NoteSigner signer, CommitStatement statement) {
        byte[] signature = signer.sign(statement.text().getBytes(StandardCharsets.UTF_8));
        return new BsonDocument(SIGNATURE_ALGORITHM, new BsonString(signer.algorithm().label()))
                .append(SIGNATURE_KEY_NAME, new BsonString(signer.name()))
                .append(SIGNATURE_KEY_ID, new BsonString(signer.verifier().keyIdHex()))
                .append(SIGNATURE_VALUE, new BsonString(Base64.getEncoder().encodeToString(signature)));
    }

    private static BsonDocument eventDocument(PreparedEvent event, long position, String hash) {
        return new BsonDocument(EVENT_ID, new BsonString(event.eventId()))
                .append(TYPE, new BsonString(event.type()))
                .append(REVISION, stringOrNull(event.revision()))
                .append(SEQUENCE, event.sequence() == null ? BsonNull.VALUE : new BsonInt64(event.sequence()))
                .append(POSITION, new BsonInt64(position))
                .append(TIMESTAMP, new BsonString(event.timestamp()))
                .append(PAYLOAD, BsonJson.toBson(event.payload()))
                .append(METADATA, BsonJson.toBson(event.metadata()))
                .append(HASH, new BsonString(hash));
    }

    private static BsonValue stringOrNull(String value) {
        return value == null ? BsonNull.VALUE : new BsonString(value);
    }

    String streamKey() {
        return document.getString(STREAM_KEY).getValue();
    }
}
