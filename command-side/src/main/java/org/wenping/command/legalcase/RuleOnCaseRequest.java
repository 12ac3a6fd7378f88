package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.legalcase.RulingKind;

import java.time.LocalDate;

/** The body of {@code POST /api/cases/{id}/ruling}. */
record RuleOnCaseRequest(
        @NotNull RulingKind kind,
        @NotBlank @Size(max = 2000) @PlainText String summary,
        LocalDate ruledOn) {
}
