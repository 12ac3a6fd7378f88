package org.wenping.command.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.inquiry.InquiryReason;

import java.time.LocalDate;

/** The body of {@code POST /api/inquiries}: the matter or case by id, and why. */
record OpenInquiryRequest(
        @NotBlank @Pattern(regexp = Identifiers.FORM_REGEX) String subjectId,
        @NotNull InquiryReason reason,
        @NotBlank @Size(max = 2000) @PlainText String reasonText,
        LocalDate openedOn) {
}
