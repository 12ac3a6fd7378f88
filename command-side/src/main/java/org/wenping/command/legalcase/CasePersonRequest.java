package org.wenping.command.legalcase;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.personal.PersonDetails;

/** One 涉案人员 of {@link ListCaseRequest}, in clear only until the controller seals it. */
record CasePersonRequest(
        @NotBlank @Size(max = 50) @PlainText String name,
        @NotBlank @Size(max = 50) @PlainText String partyRole,
        @Pattern(regexp = "|\\d{17}[\\dX]", message = "须为18位公民身份号码") String idNumber,
        @Size(max = 200) @PlainText String contact,
        @Size(max = 2000) @PlainText String circumstance) {

    PersonDetails details() {
        return new PersonDetails(name, partyRole, idNumber, contact, circumstance);
    }
}
