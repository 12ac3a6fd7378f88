package org.wenping.command.registry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;

/** The body of {@code POST /api/agencies}. */
record RegisterAgencyRequest(
        @NotBlank @Size(max = 100) @PlainText String name,
        @NotBlank @Pattern(regexp = "[0-9A-HJ-NPQRTUWXY]{18}", message = "须为18位统一社会信用代码") String creditCode,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        LocalDate registeredOn) {
}
