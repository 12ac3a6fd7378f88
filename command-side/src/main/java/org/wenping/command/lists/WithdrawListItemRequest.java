package org.wenping.command.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/assessment-lists/{id}/items/{itemNo}/withdrawal}. */
record WithdrawListItemRequest(@NotBlank @Size(max = 500) @PlainText String reason, LocalDate withdrawnOn) {
}
