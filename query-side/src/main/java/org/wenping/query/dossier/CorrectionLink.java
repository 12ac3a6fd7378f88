package org.wenping.query.dossier;

import java.time.LocalDate;

/**
 * A correction shown beside what it corrects (R10). On a corrected entry it names the correcting event; on a
 * correction it names the corrected event. Either way {@code reason} and {@code correctedOn} are the correction's.
 *
 * @param sequence the linked event's sequence in the stream, or null when the stream (so far) lacks it
 */
public record CorrectionLink(String eventId, Long sequence, String type, String reason, LocalDate correctedOn) {
}
