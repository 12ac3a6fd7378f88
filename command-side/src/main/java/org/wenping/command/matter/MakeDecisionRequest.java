package org.wenping.command.matter;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.matter.Decision;

import java.time.LocalDate;

/** The body of {@code POST /api/matters/{id}/decision}. */
record MakeDecisionRequest(
        @NotNull Decision decision,
        @NotBlank @Size(max = 200) @PlainText String meetingReference,
        @Size(max = 2000) @PlainText String overrideReason,
        LocalDate decidedOn) {
}
