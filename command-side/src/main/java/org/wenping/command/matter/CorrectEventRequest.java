package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/corrections}. */
record CorrectEventRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9-]+") String correctedEventId,
        @NotBlank @Size(max = 2000) @PlainText String reason,
        LocalDate correctedOn) {
}
