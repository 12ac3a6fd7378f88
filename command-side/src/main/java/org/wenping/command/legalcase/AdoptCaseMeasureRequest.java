package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/cases/{id}/measures}: 明确责任分工,确定协同单位. */
record AdoptCaseMeasureRequest(
        @NotBlank @Size(max = 2000) @PlainText String description,
        @NotBlank @Size(max = 100) @PlainText String responsibleUnit,
        @NotBlank @Size(max = 50) @PlainText String responsiblePerson,
        LocalDate dueBy,
        LocalDate adoptedOn) {
}
