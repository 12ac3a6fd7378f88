package org.wenping.query.dossier;

import java.time.Instant;
import java.util.List;

/**
 * 一事一档: a matter's facts and every one of its events in order, as recorded up to {@code asOf}.
 *
 * @param asOf the instant the dossier stands at; null for now
 * @param version the sequence number of the last event included
 * @param lastRecordedAt when the last included event was recorded
 */
public record Dossier(
        String matterId,
        Instant asOf,
        long version,
        Instant lastRecordedAt,
        int eventCount,
        DossierFacts facts,
        List<DossierEntry> entries) {
}
