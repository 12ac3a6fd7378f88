package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/cases/{id}/report}, with the fields of seed 004 篇4; 涉案人员情况 names the case's
 * persons by their key ids (as the listing answered them), never by their data.
 */
record CompileCaseReportRequest(
        @NotBlank @Size(max = 200) @PlainText String caseName,
        @NotNull @Size(max = 100) List<@NotNull @Pattern(regexp = Identifiers.FORM_REGEX) String> personKeyIds,
        @NotBlank @Size(max = 4000) @PlainText String summary,
        @NotBlank @Size(max = 4000) @PlainText String handlingStatus,
        @NotBlank @Size(max = 4000) @PlainText String problems,
        @NotBlank @Size(max = 4000) @PlainText String preventionPlan,
        LocalDate compiledOn) {
}
