package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.legalcase.ProceduralStage;

import java.time.LocalDate;

/** The body of {@code POST /api/cases/{id}/stage}. */
record ChangeCaseStageRequest(
        @NotNull ProceduralStage stage,
        @NotBlank @Size(max = 2000) @PlainText String reason,
        LocalDate changedOn) {
}
