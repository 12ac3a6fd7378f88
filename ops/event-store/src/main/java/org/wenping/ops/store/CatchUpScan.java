package org.wenping.ops.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.bson.BsonValue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Spliterators;
import java.util.function.Consumer;

/**
 * Reads a long stretch of the global order with one cursor instead of many {@code $in} windows: for a
 * reader far behind (a replay, a rebuild) a single pass over the collection is several times cheaper on
 * the embedded server, where every {@code $in} key is a B-tree search. The cursor returns commits in
 * storage order, which is position order (a commit at position p is inserted only after the one ending
 * at p - 1), and every commit is checked to follow the previous one: the scan ends at the first commit
 * that does not, or at {@code upTo}, and the caller carries on from the last position it delivered.
 */
final class CatchUpScan extends Spliterators.AbstractSpliterator<StoredEvent> {
    private static final int BATCH = 1000;

    private final MongoCursor<BsonDocument> cursor;
    private final long upTo;
    private final Deque<StoredEvent> pending = new ArrayDeque<>();
    private long delivered;
    private boolean done;

    private CatchUpScan(MongoCollection<BsonDocument> commits, long after, long upTo) {
        super(upTo - after, ORDERED | NONNULL | DISTINCT);
        this.delivered = after;
        this.upTo = upTo;
        this.cursor = commits.find(Filters.gt(CommitFields.ID, Math.max(0, after - PendingCommit.MAX_EVENTS)))
                .batchSize(BATCH).iterator();
    }

    static CatchUpScan over(MongoCollection<BsonDocument> commits, long after, long upTo) {
        return new CatchUpScan(commits, after, upTo);
    }

    void close() {
        cursor.close();
    }

    /** The last position this scan delivered (or the one it started after). */
    long delivered() {
        return delivered;
    }

    @Override
    public boolean tryAdvance(Consumer<? super StoredEvent> action) {
        while (pending.isEmpty() && !done) readNextCommit();
        if (pending.isEmpty()) {
            cursor.close();
            return false;
        }
        StoredEvent next = pending.poll();
        delivered = next.position();
        action.accept(next);
        return true;
    }

    private void readNextCommit() {
        if (!cursor.hasNext()) {
            done = true;
            return;
        }
        BsonDocument commit = cursor.next();
        long start = commit.getInt64(CommitFields.ID).getValue();
        long end = start + commit.getInt32(CommitFields.COUNT).getValue() - 1;
        if (end <= delivered) return;
        if (start > delivered + 1 || end > upTo) {
            done = true;
            return;
        }
        for (BsonValue event : commit.getArray(CommitFields.EVENTS)) {
            StoredEvent stored = StoredEvent.from(commit, event.asDocument());
            if (stored.position() > delivered) pending.add(stored);
        }
    }
}
