package org.wenping.command.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/experts/{id}/removal} and {@code POST /api/agencies/{id}/deregistration}. */
record RetirementRequest(
        @NotBlank @Size(max = 500) @PlainText String reason,
        LocalDate effectiveOn) {
}
