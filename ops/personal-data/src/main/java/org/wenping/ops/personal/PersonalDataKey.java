package org.wenping.ops.personal;

import java.util.Optional;

/**
 * What the key store says about one person's key, without the key: its state, and the restriction or erasure that
 * set it.
 */
public record PersonalDataKey(String keyId, KeyState state, Optional<Restriction> restriction,
                              Optional<Erasure> erasure) {

    /** Whether a reader in {@code role} may open the data: any authorised role while active, one role if restricted. */
    public boolean readableBy(org.wenping.kernel.actor.Role role) {
        return switch (state) {
            case ACTIVE -> true;
            case RESTRICTED -> restriction.map(r -> r.readableBy() == role).orElse(false);
            case ERASED -> false;
        };
    }
}
