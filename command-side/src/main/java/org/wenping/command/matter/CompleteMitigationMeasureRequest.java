package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/measures/{measureId}/completion}. */
record CompleteMitigationMeasureRequest(
        @NotBlank @Size(max = 2000) @PlainText String outcome,
        LocalDate completedOn) {
}
