package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/tracking-reports}. */
record SubmitTrackingReportRequest(
        @NotBlank @Size(max = 5000) @PlainText String summary,
        @NotNull Boolean risksUnderControl,
        LocalDate reportedOn) {
}
