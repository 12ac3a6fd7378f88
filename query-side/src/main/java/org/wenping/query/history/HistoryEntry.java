package org.wenping.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/** One stored event as the history endpoint shows it. */
public record HistoryEntry(long globalPosition, long sequence, String type, String revision, Instant recordedAt,
                           Map<String, Object> actor, String correlationId, String causationId,
                           JsonNode payload, String hash) {
}
