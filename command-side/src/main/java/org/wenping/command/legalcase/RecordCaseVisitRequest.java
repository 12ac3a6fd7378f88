package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/cases/{id}/visits} (回访). */
record RecordCaseVisitRequest(
        @NotBlank @Size(max = 50) @PlainText String visitor,
        @NotBlank @Size(max = 2000) @PlainText String summary,
        LocalDate visitedOn) {
}
