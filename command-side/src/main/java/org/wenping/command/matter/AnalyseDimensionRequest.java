package org.wenping.command.matter;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.AssessmentDimension;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/matters/{id}/analyses}. */
record AnalyseDimensionRequest(
        @NotNull AssessmentDimension dimension,
        @NotBlank @Size(max = 5000) @PlainText String findings,
        @Size(max = 50) List<@Valid @NotNull RiskFactorRequest> riskFactors,
        LocalDate analysedOn) {
}
