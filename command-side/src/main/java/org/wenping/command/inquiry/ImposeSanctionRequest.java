package org.wenping.command.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.inquiry.SanctionKind;

import java.time.LocalDate;

/** The body of {@code POST /api/inquiries/{id}/sanctions}: on which finding, what kind, and the decision's text. */
record ImposeSanctionRequest(
        @NotBlank @Size(max = 100) @PlainText String findingId,
        @NotNull SanctionKind kind,
        @NotBlank @Size(max = 2000) @PlainText String text,
        LocalDate imposedOn) {
}
