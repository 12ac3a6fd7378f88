package org.wenping.command.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/experts}. */
record RegisterExpertRequest(
        @NotBlank @Size(max = 50) @PlainText String name,
        @NotBlank @Size(max = 100) @PlainText String specialty,
        @Size(max = 20) List<@NotBlank @Size(max = 100) @PlainText String> affiliatedUnits,
        @Size(max = 20) List<@NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String> affiliatedAgencies,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        LocalDate registeredOn) {
}
