package org.wenping.ops.store;

/**
 * Field names of a commit document. One document holds all events of one unit of work:
 * <pre>
 * { _id: first global position (long), streamKey: "aggregateId:firstSequence" (unique),
 *   aggregateId, aggregateType, firstSequence, count, streams, previousHash, lastHash, committedAt (date),
 *   signature: { alg, keyName, keyId, value },
 *   events: [ { eventId, type, revision, sequence, position, timestamp, payload, metadata, hash } ] }
 * </pre>
 * A commit without an aggregate gets the stream key {@code "~" + position}. {@code streams} counts the
 * aggregate streams started up to this commit; the signature is over its {@link CommitStatement}.
 * Public because the verifier reads raw documents.
 */
public final class CommitFields {
    public static final String ID = "_id";
    public static final String STREAM_KEY = "streamKey";
    public static final String AGGREGATE_ID = "aggregateId";
    public static final String AGGREGATE_TYPE = "aggregateType";
    public static final String FIRST_SEQUENCE = "firstSequence";
    public static final String COUNT = "count";
    public static final String STREAMS = "streams";
    public static final String PREVIOUS_HASH = "previousHash";
    public static final String LAST_HASH = "lastHash";
    public static final String COMMITTED_AT = "committedAt";
    public static final String SIGNATURE = "signature";
    public static final String EVENTS = "events";

    public static final String SIGNATURE_ALGORITHM = "alg";
    public static final String SIGNATURE_KEY_NAME = "keyName";
    public static final String SIGNATURE_KEY_ID = "keyId";
    public static final String SIGNATURE_VALUE = "value";

    public static final String EVENT_ID = "eventId";
    public static final String TYPE = "type";
    public static final String REVISION = "revision";
    public static final String SEQUENCE = "sequence";
    public static final String POSITION = "position";
    public static final String TIMESTAMP = "timestamp";
    public static final String PAYLOAD = "payload";
    public static final String METADATA = "metadata";
    public static final String HASH = "hash";

    private CommitFields() {
    }

    static String streamKey(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }

    /** The stream count of a commit (0 in commits written before it was recorded). */
    public static long streams(org.bson.BsonDocument commit) {
        org.bson.BsonValue streams = commit.get(STREAMS);
        return streams == null || !streams.isNumber() ? 0 : streams.asNumber().longValue();
    }
}
