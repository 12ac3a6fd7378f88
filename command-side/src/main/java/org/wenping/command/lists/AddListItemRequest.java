package org.wenping.command.lists;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.identity.Identifiers;

import java.time.LocalDate;

/** The body of {@code POST /api/assessment-lists/{id}/items}: the item, why it is added, and the matter it covers if any. */
record AddListItemRequest(
        @NotNull @Valid PlannedItemRequest item,
        @NotBlank @Size(max = 500) @PlainText String reason,
        @Pattern(regexp = Identifiers.FORM_REGEX) String matterId,
        LocalDate addedOn) {
}
