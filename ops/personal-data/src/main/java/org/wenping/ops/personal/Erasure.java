package org.wenping.ops.personal;

import java.time.Instant;
import java.util.Objects;

/**
 * An authorised, recorded erasure as the key store keeps it after the key is gone.
 *
 * @param ground   the legal ground the erasure command carried (e.g. PIPL Art. 47 §1)
 * @param position the global position of the event that recorded the erasure
 * @param at       when that event was recorded
 */
public record Erasure(String ground, long position, Instant at) {
    public Erasure {
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(at, "at");
    }
}
