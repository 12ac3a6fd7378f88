package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;

/** The body of {@code POST /api/matters}; its field names are part of the API. */
record RegisterMatterRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull MatterCategory category,
        @NotBlank @Size(max = 50) @PlainText String domain,
        @NotBlank @Size(max = 100) @PlainText String responsibleUnit,
        @NotBlank @Size(max = 100) @PlainText String decisionAuthority,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        @NotNull Procedure procedure,
        @NotNull AssessorMode assessorMode,
        LocalDate registeredOn) {
}
