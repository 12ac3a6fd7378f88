package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/filings}: the 维稳办's receipt. */
record RecordFilingRequest(
        @NotBlank @Size(max = 100) @PlainText String receiptNumber,
        LocalDate filedOn) {
}
