package org.wenping.query.dossier;

import java.time.LocalDate;

/** What a correcting event (R10) says it corrects, and why. */
public record Correction(String correctedEventId, String correctedEventType, String reason, LocalDate correctedOn) {
}
