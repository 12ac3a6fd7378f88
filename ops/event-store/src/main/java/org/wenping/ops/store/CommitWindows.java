package org.wenping.ops.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.BsonDocument;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Reads commits by walking a sequence of known keys with {@code $in} lookups on a unique index, the only
 * multi-document read the embedded server serves from an index. Commits are keyed by their first
 * position (or first sequence number in a stream), so the key of the next commit is always the key of
 * the current one plus its event count.
 */
final class CommitWindows {
    private static final int[] LOOK_BACK = {16, PendingCommit.MAX_EVENTS};

    private final MongoCollection<BsonDocument> commits;

    CommitWindows(MongoCollection<BsonDocument> commits) {
        this.commits = commits;
    }

    /**
     * The commits that follow one another from the one holding {@code first}, up to {@code last}
     * inclusive, stopping at the first key that is not (yet) stored or once {@code enough} events were read.
     *
     * @param keyField the unique field the numbers are keys of ({@code _id} or {@code streamKey})
     * @param key      turns a number into the stored key
     * @param start    the number of the commit's first event (position or sequence) in a commit document
     * @param firstWindow how many keys the first lookup asks for; later lookups ask for {@code window}
     * @param mayStartMidCommit whether {@code first} may lie inside a commit, which then is looked for backwards
     */
    List<BsonDocument> walk(String keyField, LongFunction<Object> key, StartOf start,
                            long first, long last, long enough, int firstWindow, int window,
                            boolean mayStartMidCommit) {
        List<BsonDocument> walked = new ArrayList<>();
        long windowEnd = Math.min(last, first + firstWindow - 1);
        Map<Long, BsonDocument> found = find(keyField, key, start, first, windowEnd);
        BsonDocument holder = found.get(first);
        if (holder == null && mayStartMidCommit) {
            holder = lookBack(keyField, key, start, first);
        }
        long read = 0;
        while (holder != null) {
            walked.add(holder);
            long commitStart = start.of(holder);
            long next = commitStart + holder.getInt32(CommitFields.COUNT).getValue();
            read += next - Math.max(first, commitStart);
            if (next > last || read >= enough) break;
            if (next > windowEnd) {
                windowEnd = Math.min(last, next + window - 1);
                found = find(keyField, key, start, next, windowEnd);
            }
            holder = found.get(next);
        }
        return walked;
    }

    private BsonDocument lookBack(String keyField, LongFunction<Object> key, StartOf start, long number) {
        for (int distance : LOOK_BACK) {
            Map<Long, BsonDocument> found = find(keyField, key, start, Math.max(0, number - distance), number - 1);
            for (BsonDocument commit : found.values()) {
                long commitStart = start.of(commit);
                if (commitStart < number && number < commitStart + commit.getInt32(CommitFields.COUNT).getValue()) {
                    return commit;
                }
            }
        }
        return null;
    }

    /**
     * One {@code $in} lookup of the keys of numbers {@code from..to}, results by number. A commit found under
     * the key of a number starts at that number, so its number is where {@code start} says it starts.
     */
    private Map<Long, BsonDocument> find(String keyField, LongFunction<Object> key, StartOf start, long from, long to) {
        Map<Long, BsonDocument> byNumber = new HashMap<>();
        if (to < from) return byNumber;
        List<Object> keys = new ArrayList<>((int) (to - from + 1));
        for (long number = from; number <= to; number++) {
            keys.add(key.apply(number));
        }
        Bson filter = Filters.in(keyField, keys);
        for (BsonDocument commit : commits.find(filter)) {
            byNumber.put(start.of(commit), commit);
        }
        return byNumber;
    }

    /** Where in a commit document the number of its first event is kept. */
    @FunctionalInterface
    interface StartOf {
        long of(BsonDocument commit);

        StartOf POSITION = commit -> commit.getInt64(CommitFields.ID).getValue();
        StartOf SEQUENCE = commit -> commit.getInt64(CommitFields.FIRST_SEQUENCE).getValue();
    }
}
