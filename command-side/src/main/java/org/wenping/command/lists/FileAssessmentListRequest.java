package org.wenping.command.lists;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;

import java.time.LocalDate;

/** The body of {@code POST /api/assessment-lists/{id}/filing}. */
record FileAssessmentListRequest(@NotBlank @Size(max = 50) @PlainText String receiptNumber, LocalDate filedOn) {
}
