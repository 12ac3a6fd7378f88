package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.PredictedForm;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/cases/{id}/assessment}: one dimension of the current stage. */
record AssessCaseDimensionRequest(
        @NotNull CaseDimension dimension,
        @NotBlank @Size(max = 4000) @PlainText String findings,
        @Size(max = 4) List<@NotNull PredictedForm> predictedForms,
        LocalDate assessedOn) {
}
