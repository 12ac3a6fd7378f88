package org.wenping.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;

/** One stored event as the history endpoint shows it; {@code recordedAt} is the store's clock, business dates are in the payload. */
public record HistoryEntry(String eventId, long globalPosition, long sequence, String type, String revision, Instant recordedAt,
                           Map<String, Object> actor, String correlationId, String causationId,
                           JsonNode payload, String hash) {
}
