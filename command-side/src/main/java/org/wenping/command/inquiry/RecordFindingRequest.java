package org.wenping.command.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.inquiry.Breach;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /api/inquiries/{id}/findings}: the person by username, the breach, and the subject's events
 * cited by sequence number; the rest the subject's record says.
 */
record RecordFindingRequest(
        @NotBlank @Size(max = 64) @PlainText String person,
        @NotNull Breach breach,
        @NotEmpty @Size(max = 100) List<@NotNull @PositiveOrZero Long> evidence,
        @NotBlank @Size(max = 4000) @PlainText String statement,
        LocalDate foundOn) {
}
