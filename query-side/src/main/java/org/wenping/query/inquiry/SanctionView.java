package org.wenping.query.inquiry;

import org.wenping.query.dossier.CodeLabel;

import java.time.LocalDate;

/** A sanction imposed on a finding's person. */
record SanctionView(CodeLabel kind, String text, LocalDate imposedOn) {
}
