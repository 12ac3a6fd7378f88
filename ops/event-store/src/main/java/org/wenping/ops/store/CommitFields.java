package org.wenping.ops.store;

/**
 * Field names of a commit document. One document holds all events of one unit of work:
 * <pre>
 * { _id: first global position (long), streamKey: "aggregateId:firstSequence" (unique),
 *   aggregateId, aggregateType, firstSequence, count, lastHash, committedAt (date),
 *   events: [ { eventId, type, revision, sequence, position, timestamp, payload, metadata, hash } ] }
 * </pre>
 * A commit without an aggregate gets the stream key {@code "~" + position}.
 */
final class CommitFields {
    static final String ID = "_id";
    static final String STREAM_KEY = "streamKey";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String COUNT = "count";
    static final String LAST_HASH = "lastHash";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";

    static final String EVENT_ID = "eventId";
    static final String TYPE = "type";
    static final String REVISION = "revision";
    static final String SEQUENCE = "sequence";
    static final String POSITION = "position";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD = "payload";
    static final String METADATA = "metadata";
    static final String HASH = "hash";

    private CommitFields() {
    }

    static String streamKey(String aggregateId, long sequence) {
        return aggregateId + ":" + sequence;
    }
}
