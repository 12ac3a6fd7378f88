package org.wenping.ops.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.stereotype.Component;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.ops.store.MongoEventStorageEngine;
import org.wenping.ops.store.ReadBackEvent;
import org.wenping.ops.store.StoredEvent;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The query side's {@link EventHistory}: a record's stream read through the engine's serializer and upcaster
 * chain, as the projections read it, beside the facts only the store knows (position, hash).
 */
@Component
class StoredEventHistory implements EventHistory {
    private final MongoEventStorageEngine store;

    StoredEventHistory(MongoEventStorageEngine store) {
        this.store = store;
    }

    @Override
    public List<HistoryEntry> of(String aggregateId) {
        return store.readBack(aggregateId).stream().map(StoredEventHistory::entry).toList();
    }

    private static HistoryEntry entry(ReadBackEvent read) {
        StoredEvent event = read.stored();
        JsonNode metadata = event.metadata();
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("userId", metadata.path(EventMetadata.ACTOR_ID).asText(null));
        actor.put("displayName", metadata.path(EventMetadata.ACTOR_NAME).asText(null));
        actor.put("role", metadata.path(EventMetadata.ACTOR_ROLE).asText(null));
        actor.put("unit", metadata.path(EventMetadata.ACTOR_UNIT).asText(null));
        actor.put("jurisdiction", metadata.path(EventMetadata.ACTOR_JURISDICTION).asText(null));
        return new HistoryEntry(event.eventId(), event.position(), event.getSequenceNumber(), simpleName(read.type()),
                read.revision(), Instant.parse(event.timestamp()), actor,
                metadata.path(EventMetadata.CORRELATION_ID).asText(null),
                metadata.path(EventMetadata.CAUSATION_ID).asText(null), read.payload(), event.hash(),
                read.event() instanceof RecordEvent known ? known : null);
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
