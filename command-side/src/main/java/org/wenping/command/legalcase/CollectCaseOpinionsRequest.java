package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.OpinionMethod;

import java.time.LocalDate;

/** The body of {@code POST /api/cases/{id}/opinions}: those who understand or support, and those who do not. */
record CollectCaseOpinionsRequest(
        @NotNull OpinionMethod method,
        @PositiveOrZero int supportCount,
        @PositiveOrZero int opposeCount,
        @NotBlank @Size(max = 2000) @PlainText String summary,
        LocalDate collectedOn) {
}
