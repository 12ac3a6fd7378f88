package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/cases/{id}/grade}; the level must belong to the case's scheme. */
record GradeCaseRiskRequest(
        @NotNull RiskLevel level,
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 500) @PlainText String> reasons,
        LocalDate gradedOn) {
}
