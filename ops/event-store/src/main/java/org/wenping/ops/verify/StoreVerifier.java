package org.wenping.ops.verify;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.transparency.Checkpoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.stream.LongStream;

/**
 * Verifies the raw store: every commit document in {@code _id} order, through a {@link ChainVerifier}, then the
 * end of the order against the durable-head marker and the trusted checkpoint. It trusts nothing the store says
 * about itself beyond what the signatures and hashes prove.
 * <p>
 * Up to the durable head every whole position is looked up by key, {@value #PAGE} keys at a time, so that a
 * document under a key no commit would start at (inside a commit, after a hole) is read all the same. No cursor
 * stays open while the chain is checked (the embedded H2 store frees the versions a long-open cursor still reads),
 * and on the embedded server, which serves only equality and {@code $in} from an index, reading the new commits
 * costs their keys, not a scan of the whole collection each time the background check runs. What lies beyond the
 * head (commits not yet marked durable, or documents put there) the full verification reads by one range query.
 */
public final class StoreVerifier {
    static final int PAGE = 1024;

    private final EventStoreCollections collections;
    private final KeyRing keys;

    public StoreVerifier(EventStoreCollections collections, KeyRing keys) {
        this.collections = collections;
        this.keys = keys;
    }

    /** Verifies the whole store; {@code progress} hears the last position checked after every page. */
    public VerifyReport verify(Checkpoint trusted, LongConsumer progress) {
        ChainVerifier chain = new ChainVerifier(keys, trusted);
        // The head read before the scan: one read after it would count commits made durable meanwhile,
        // which the scan may not have seen, as a truncation.
        long durableHead = readAfter(chain, progress);
        try (MongoCursor<BsonDocument> beyond = collections.commits().find(Filters.gt("_id", durableHead))
                .sort(Sorts.ascending("_id")).iterator()) {
            beyond.forEachRemaining(chain::accept);
        }
        long end = chain.expectedNext() - 1;
        progress.accept(end);
        // Short of the head read before: a truncation. Beyond it: a notice only for what is still not durable now.
        return chain.report(durableHead > end ? durableHead : Math.min(end, collections.durableHead()));
    }

    /**
     * Feeds {@code chain} the commits from its next expected position up to the durable head, a page of keys at a
     * time; answers the durable head, read before the first page.
     */
    public long readAfter(ChainVerifier chain, LongConsumer progress) {
        long durableHead = collections.durableHead();
        for (long first = chain.expectedNext(); first <= durableHead; first += PAGE) {
            // Each commit's signature and hashes are checked on every core, then judged in order.
            commitsAt(first, Math.min(durableHead, first + PAGE - 1)).parallelStream().map(chain::evidenceOf)
                    .toList().forEach(chain::accept);
            progress.accept(chain.expectedNext() - 1);
        }
        return durableHead;
    }

    /** Every commit document stored under a key from {@code first} to {@code last}, in key order. */
    private List<BsonDocument> commitsAt(long first, long last) {
        List<Long> positions = LongStream.rangeClosed(first, last).boxed().toList();
        List<BsonDocument> found = collections.commits().find(Filters.in("_id", positions)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(commit -> commit.getNumber("_id").longValue()));
        return found;
    }

    public long durableHead() {
        return collections.durableHead();
    }
}
