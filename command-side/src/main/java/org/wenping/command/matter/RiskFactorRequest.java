package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.Likelihood;
import org.wenping.kernel.matter.Severity;

/** One risk factor in the body of {@code POST /api/matters/{id}/analyses}. */
record RiskFactorRequest(
        @NotBlank @Size(max = 1000) @PlainText String description,
        @NotNull Likelihood probability,
        @NotNull Severity severity,
        @PositiveOrZero int peopleInvolved,
        @NotNull IncidentForm form) {
}
