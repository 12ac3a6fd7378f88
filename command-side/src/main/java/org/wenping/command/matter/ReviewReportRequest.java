package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.matter.ReviewConclusion;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/matters/{id}/review}: the panel by expert ids. */
record ReviewReportRequest(
        @NotEmpty @Size(max = 30) List<@NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String> panel,
        @Size(max = 30) List<@NotBlank @Size(max = 2000) @PlainText String> opinions,
        @NotNull ReviewConclusion conclusion,
        LocalDate reviewedOn) {
}
