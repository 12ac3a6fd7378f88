package org.wenping.command.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/experts/{id}/affiliations}: the complete new lists. */
record ChangeExpertAffiliationsRequest(
        @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> affiliatedUnits,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String> affiliatedAgencies,
        LocalDate changedOn) {
}
