package org.wenping.command.lists;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /api/assessment-lists}; its field names are part of the API. */
record CompileAssessmentListRequest(
        @NotBlank @Size(max = 100) @PlainText String responsibleUnit,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotNull @Size(max = 500) List<@Valid @NotNull PlannedItemRequest> items,
        LocalDate compiledOn) {
}
