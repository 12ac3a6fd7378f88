package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.IncidentForm;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/incidents}; the date the incident happened is required. */
record ReportIncidentRequest(
        @NotNull IncidentForm form,
        @PositiveOrZero int headcount,
        @NotNull LocalDate occurredOn,
        @NotBlank @Size(max = 200) @PlainText String place,
        @NotBlank @Size(max = 2000) @PlainText String description) {
}
