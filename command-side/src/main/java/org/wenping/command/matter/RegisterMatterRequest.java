package org.wenping.command.matter;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/matters}; its field names are part of the API. A matter names the yearly-list item
 * it carries out ({@code listId}, {@code listItemNo}) or says why it is not on the list ({@code offListReason}).
 */
record RegisterMatterRequest(
        @NotBlank @Size(max = 200) @PlainText String title,
        @NotNull MatterCategory category,
        @NotBlank @Size(max = 50) @PlainText String domain,
        @NotBlank @Size(max = 100) @PlainText String responsibleUnit,
        @NotBlank @Size(max = 100) @PlainText String decisionAuthority,
        @NotBlank @Pattern(regexp = JurisdictionCode.FORM_REGEX, message = "须为6位行政区划代码") String jurisdiction,
        @NotNull Procedure procedure,
        @NotNull AssessorMode assessorMode,
        LocalDate registeredOn,
        @Pattern(regexp = Identifiers.FORM_REGEX) String listId,
        @Min(1) Integer listItemNo,
        @Size(max = 500) @PlainText String offListReason) {

    @AssertTrue(message = "listId 与 listItemNo 须同时给出")
    boolean isListItemComplete() {
        return (listId == null) == (listItemNo == null);
    }
}
