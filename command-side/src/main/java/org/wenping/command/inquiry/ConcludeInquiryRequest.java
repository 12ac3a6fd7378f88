package org.wenping.command.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/inquiries/{id}/conclusion}. */
record ConcludeInquiryRequest(
        @NotBlank @Size(max = 4000) @PlainText String conclusion,
        LocalDate concludedOn) {
}
