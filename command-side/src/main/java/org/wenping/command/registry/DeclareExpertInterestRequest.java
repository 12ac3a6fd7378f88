package org.wenping.command.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;

import java.time.LocalDate;

/** The body of {@code POST /api/experts/{id}/interests}. */
record DeclareExpertInterestRequest(
        @NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String matterId,
        @NotBlank @Size(max = 500) @PlainText String interest,
        LocalDate declaredOn) {
}
