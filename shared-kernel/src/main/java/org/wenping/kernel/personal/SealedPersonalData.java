package org.wenping.kernel.personal;

import java.util.Objects;

/**
 * One person's {@link PersonDetails} as an event stores them: encrypted under the key {@code keyId} of that person
 * alone. The event's hash covers this ciphertext, never the clear text.
 *
 * @param keyId      the person's key in the key store outside the event store (one key per person per record)
 * @param algorithm  how it was sealed, e.g. {@code AES-256-GCM}, so that a later algorithm keeps old data readable
 * @param ciphertext base64 of the nonce, the ciphertext and the authentication tag
 */
public record SealedPersonalData(String keyId, String algorithm, String ciphertext) {

    public SealedPersonalData {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(ciphertext, "ciphertext");
    }
}
