package org.wenping.query.dossier;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event in a dossier: when it was recorded and which business date it states, who recorded it, what changed,
 * the documents it pins by hash, its chain hash, and the corrections beside it.
 *
 * @param documentHashes SHA-256 of documents the event attaches (the report of a ReportCompiledEvent)
 * @param hash the event's hash in its matter's chain, over the form as stored, verifiable offline
 * @param correctedBy the later events that correct this one
 * @param corrects for a correction, the event it corrects; otherwise null
 */
public record DossierEntry(
        String eventId,
        long sequence,
        long globalPosition,
        String type,
        String revision,
        Instant recordedAt,
        LocalDate businessDate,
        ActorView actor,
        String description,
        List<String> documentHashes,
        String hash,
        String correlationId,
        String causationId,
        JsonNode payload,
        List<CorrectionLink> correctedBy,
        CorrectionLink corrects) {
}
