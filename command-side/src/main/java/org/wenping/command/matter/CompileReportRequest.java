package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/report}: the report by its title and SHA-256. */
record CompileReportRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotBlank @Pattern(regexp = "[0-9a-f]{64}", message = "须为64位小写十六进制SHA-256") String documentHash,
        LocalDate compiledOn) {
}
