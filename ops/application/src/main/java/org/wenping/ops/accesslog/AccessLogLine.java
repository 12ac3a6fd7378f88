package org.wenping.ops.accesslog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.BsonDocument;
import org.wenping.ops.store.StoredEvent;

import java.util.ArrayList;
import java.util.List;

/** One entry of the access log as it is served: its place in the log's chain, its hash, and what it records. */
record AccessLogLine(long position, String hash, AccessLogEntry entry) {

    static List<AccessLogLine> from(Iterable<BsonDocument> commits, ObjectMapper json) {
        List<AccessLogLine> lines = new ArrayList<>();
        for (BsonDocument commit : commits) {
            for (var event : commit.getArray("events")) {
                StoredEvent stored = StoredEvent.from(commit, event.asDocument());
                lines.add(new AccessLogLine(stored.position(), stored.hash(), entry(stored, json)));
            }
        }
        return lines;
    }

    private static AccessLogEntry entry(StoredEvent stored, ObjectMapper json) {
        try {
            return json.treeToValue(stored.payload(), AccessLogEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("访问日志第 " + stored.position() + " 条无法解析", e);
        }
    }
}
