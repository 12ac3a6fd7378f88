package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/**
 * The body of the case's steps that record a text and a business date: {@code …/measures/{measureId}/completion}
 * (the outcome), {@code …/resolution} (how the risk was resolved) and {@code …/closure} (the summary).
 */
record CaseStepRequest(
        @NotBlank @Size(max = 2000) @PlainText String summary,
        LocalDate effectiveOn) {
}
