package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/contingency-plans}. */
record PrepareContingencyPlanRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotBlank @Size(max = 5000) @PlainText String summary,
        LocalDate preparedOn) {
}
