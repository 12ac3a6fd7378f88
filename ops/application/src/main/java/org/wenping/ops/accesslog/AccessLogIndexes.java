package org.wenping.ops.accesslog;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import org.bson.BsonDocument;
import org.wenping.ops.store.CommitFields;

import java.util.List;

/**
 * The indexes that serve {@link AccessLogQuery} on a real MongoDB: by record and by reader, newest first, and by time.
 * Not declared on the embedded server, which serves no secondary index (architecture.md).
 */
final class AccessLogIndexes {
    private AccessLogIndexes() {
    }

    static void declare(MongoCollection<BsonDocument> commits) {
        commits.createIndexes(List.of(
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(AccessLogQuery.RECORD), Indexes.descending("_id"))),
                new IndexModel(Indexes.compoundIndex(Indexes.ascending(AccessLogQuery.READER), Indexes.descending("_id"))),
                new IndexModel(Indexes.ascending(CommitFields.COMMITTED_AT))));
    }
}
