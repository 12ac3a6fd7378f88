package org.wenping.command.legalcase;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.wenping.command.web.PlainText;
import org.wenping.kernel.actor.Role;

import java.time.LocalDate;

/**
 * The body of {@code POST /api/cases/{id}/persons/{keyId}/erasure}: erase on {@code legalGround}, or, where a
 * retention duty forbids erasure, {@code restrictInstead} with the one role that may still read the data.
 */
record ErasePersonalDataRequest(
        @NotBlank @Size(max = 500) @PlainText String legalGround,
        boolean restrictInstead,
        Role readableBy,
        LocalDate effectiveOn) {

    @AssertTrue(message = "限制处理须指明唯一可查阅的角色 readableBy;删除则不得指明")
    boolean isReaderGivenExactlyWhenRestricting() {
        return restrictInstead == (readableBy != null);
    }
}
