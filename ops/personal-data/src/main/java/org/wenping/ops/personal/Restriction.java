package org.wenping.ops.personal;

import org.wenping.kernel.actor.Role;

import java.time.Instant;
import java.util.Objects;

/**
 * A restriction of processing (PIPL Art. 47 §2: a retention duty forbids erasure): the data is kept, and only
 * {@code readableBy} may read it.
 *
 * @param readableBy the one role still allowed to read the data
 * @param ground     the legal ground, e.g. the archive's retention period
 * @param position   the global position of the event that recorded the restriction
 * @param at         when that event was recorded
 */
public record Restriction(Role readableBy, String ground, long position, Instant at) {
    public Restriction {
        Objects.requireNonNull(readableBy, "readableBy");
        Objects.requireNonNull(ground, "ground");
        Objects.requireNonNull(at, "at");
    }
}
