package org.wenping.query.dossier;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

/** What the event that opens a record says of it: its id, the name readers know it by, and its jurisdiction (R9). */
public record RecordOpening(String recordId, String title, JurisdictionCode jurisdiction) {
}
