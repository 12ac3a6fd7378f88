package org.wenping.command.legalcase;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/cases}; its field names are part of the API. The 涉案人员 arrive in clear over TLS
 * and are sealed by the controller before any command is sent.
 */
record ListCaseRequest(
        @NotBlank @Size(max = 100) @PlainText String caseNumber,
        @NotNull Organ organ,
        @NotNull CaseClass caseClass,
        @NotBlank @Size(max = 50) @PlainText String handler,
        @NotBlank @Size(max = 50) @PlainText String caseLead,
        @NotBlank @Size(max = 50) @PlainText String organHead,
        @NotBlank @Size(max = 2000) @PlainText String summary,
        @NotNull @Size(max = 100) List<@NotNull @Valid CasePersonRequest> persons,
        @NotNull ProceduralStage stage,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        @NotNull LocalDate acceptedOn,
        LocalDate listedOn) {
}
