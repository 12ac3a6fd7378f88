package org.wenping.ops.accesslog;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.conversions.Bson;
import org.wenping.ops.store.CommitFields;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * A search of the access log: by record, by reader, by time of the read ({@code from} inclusive, {@code to}
 * exclusive), one page at a time. On a real MongoDB the declared indexes ({@link AccessLogIndexes}) serve it; on the
 * embedded server it reads the log's collection, which is small beside the events.
 */
record AccessLogQuery(String record, String reader, Instant from, Instant to, int page, int size) {
    static final Bson NEWEST_FIRST = Sorts.descending("_id");
    static final String RECORD = "events.payload.recordId";
    static final String READER = "events.payload.readerId";

    Bson filter() {
        List<Bson> conditions = new ArrayList<>();
        if (record != null) conditions.add(Filters.eq(RECORD, record));
        if (reader != null) conditions.add(Filters.eq(READER, reader));
        if (from != null) conditions.add(Filters.gte(CommitFields.COMMITTED_AT, Date.from(from)));
        if (to != null) conditions.add(Filters.lt(CommitFields.COMMITTED_AT, Date.from(to)));
        return conditions.isEmpty() ? Filters.empty() : Filters.and(conditions);
    }
}
