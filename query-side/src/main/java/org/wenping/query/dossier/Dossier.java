package org.wenping.query.dossier;

import java.time.Instant;
import java.util.List;

/**
 * 一事一档: a record's facts and every one of its events in order, as recorded up to {@code asOf}.
 *
 * @param recordId the matter's or case's id
 * @param asOf the instant the dossier stands at; null for now
 * @param version the sequence number of the last event included
 * @param lastRecordedAt when the last included event was recorded
 * @param facts what the events establish, in the record kind's own shape ({@link DossierFacts} for a matter)
 */
public record Dossier<F>(
        String recordId,
        Instant asOf,
        long version,
        Instant lastRecordedAt,
        int eventCount,
        F facts,
        List<DossierEntry> entries) {
}
