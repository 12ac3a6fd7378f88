package org.wenping.query.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import org.wenping.kernel.RecordEvent;

import java.time.Instant;
import java.util.Map;

/**
 * One stored event as the history endpoint shows it, read through the application's upcaster chain: {@code type},
 * {@code revision} and {@code payload} are the form the application reads (the upcast one), {@code hash} covers
 * the form as stored. {@code recordedAt} is the store's clock; the business date is the event's own.
 *
 * @param event the payload as a kernel event; null for a type this application does not know
 */
public record HistoryEntry(String eventId, long globalPosition, long sequence, String type, String revision, Instant recordedAt,
                           Map<String, Object> actor, String correlationId, String causationId,
                           JsonNode payload, String hash, @JsonIgnore RecordEvent event) {
}
