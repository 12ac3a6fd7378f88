package org.wenping.ops.store;

import org.bson.BsonDocument;

import java.util.List;

/** Finds the real end of the global order by walking forward from a head known to be stored. */
final class HeadProbe {
    private static final int WINDOW = 64;

    private HeadProbe() {
    }

    static StoreHead from(StoreHead known, CommitWindows windows) {
        List<BsonDocument> beyond = windows.walk(CommitFields.ID, position -> position, CommitWindows.StartOf.POSITION,
                known.nextPosition(), Long.MAX_VALUE, Long.MAX_VALUE, WINDOW, WINDOW, false);
        if (beyond.isEmpty()) {
            return known;
        }
        BsonDocument last = beyond.get(beyond.size() - 1);
        long commitStart = last.getInt64(CommitFields.ID).getValue();
        return new StoreHead(commitStart + last.getInt32(CommitFields.COUNT).getValue() - 1, commitStart,
                last.getString(CommitFields.LAST_HASH).getValue(), CommitFields.streams(last));
    }
}
