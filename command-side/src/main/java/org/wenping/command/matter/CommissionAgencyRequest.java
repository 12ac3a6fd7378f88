package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.matter.SelectionMethod;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/agency-commission}. */
record CommissionAgencyRequest(
        @NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String agencyId,
        @NotNull SelectionMethod selectionMethod,
        LocalDate commissionedOn) {
}
