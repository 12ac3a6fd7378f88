package org.wenping.ops.verify;

import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.BsonDocument;
import org.wenping.ops.signing.KeyRing;
import org.wenping.ops.store.EventStoreCollections;
import org.wenping.ops.transparency.Checkpoint;

import java.util.function.LongConsumer;

/**
 * Verifies the raw store: every commit document in {@code _id} order, through a {@link ChainVerifier},
 * then the end of the order against the durable-head marker and the trusted checkpoint. Reads with one
 * cursor; it trusts nothing the store says about itself beyond what the signatures and hashes prove.
 */
public final class StoreVerifier {
    private static final int BATCH = 1000;

    private final EventStoreCollections collections;
    private final KeyRing keys;

    public StoreVerifier(EventStoreCollections collections, KeyRing keys) {
        this.collections = collections;
        this.keys = keys;
    }

    /** Verifies the whole store; {@code progress} hears the last position checked after every batch. */
    public VerifyReport verify(Checkpoint trusted, LongConsumer progress) {
        ChainVerifier chain = new ChainVerifier(keys, trusted);
        // The head read before the scan: one read after it would count commits made durable meanwhile,
        // which the scan may not have seen, as a truncation.
        return chain.report(readAfter(chain, progress));
    }

    /** Feeds {@code chain} the commits from its next expected position on; answers the durable head seen before. */
    public long readAfter(ChainVerifier chain, LongConsumer progress) {
        long durableHead = collections.durableHead();
        int inBatch = 0;
        try (MongoCursor<BsonDocument> cursor = collections.commits()
                .find(Filters.gte("_id", chain.expectedNext()))
                .sort(Sorts.ascending("_id")).batchSize(BATCH).iterator()) {
            while (cursor.hasNext()) {
                chain.accept(cursor.next());
                if (++inBatch == BATCH) {
                    progress.accept(chain.expectedNext() - 1);
                    inBatch = 0;
                }
            }
        }
        progress.accept(chain.expectedNext() - 1);
        return durableHead;
    }

    public long durableHead() {
        return collections.durableHead();
    }
}
