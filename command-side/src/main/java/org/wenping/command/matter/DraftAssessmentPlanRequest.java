package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/matters/{id}/assessment-plan}. */
record DraftAssessmentPlanRequest(
        @NotBlank @Size(max = 2000) @PlainText String scope,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> methods,
        @Size(max = 2000) @PlainText String standards,
        @NotNull LocalDate dueBy,
        @Size(max = 50) List<@NotBlank @Size(max = 100) @PlainText String> unitsInvolved,
        LocalDate draftedOn) {
}
