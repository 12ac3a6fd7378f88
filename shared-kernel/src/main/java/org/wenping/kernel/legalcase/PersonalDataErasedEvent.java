package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when one person's data on the case is erased on an authorised command with its legal ground: the key
 * {@code keyId} is destroyed (crypto-shredding), so the sealed data no longer opens while every event's hash, computed
 * over the ciphertext, still verifies.
 *
 * @param keyId the key of the person, one of the case's sealed persons
 * @param legalGround the legal ground of the erasure (PIPL Art. 47 …)
 * @param erasedOn the business date of the erasure
 */
@Revision("1")
public record PersonalDataErasedEvent(
        CaseId caseId,
        String keyId,
        String legalGround,
        LocalDate erasedOn) implements CaseEvent {

    public PersonalDataErasedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(legalGround, "legalGround");
        Objects.requireNonNull(erasedOn, "erasedOn");
    }

    @Override
    public LocalDate businessDate() {
        return erasedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
