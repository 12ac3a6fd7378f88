package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.actor.Role;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when one person's data on the case may not be erased (a retention duty, PIPL Art. 47 §2) and its use is
 * restricted instead: kept in storage, readable by no role but {@code readableBy}.
 *
 * @param keyId the key of the person, one of the case's sealed persons
 * @param legalGround the ground that forbids erasure and restricts the data instead
 * @param readableBy the one role that may still read the data
 * @param restrictedOn the business date of the restriction
 */
@Revision("1")
public record PersonalDataRestrictedEvent(
        CaseId caseId,
        String keyId,
        String legalGround,
        Role readableBy,
        LocalDate restrictedOn) implements CaseEvent {

    public PersonalDataRestrictedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(legalGround, "legalGround");
        Objects.requireNonNull(readableBy, "readableBy");
        Objects.requireNonNull(restrictedOn, "restrictedOn");
    }

    @Override
    public LocalDate businessDate() {
        return restrictedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
