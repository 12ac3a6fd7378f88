package org.wenping.kernel.actor;

import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Objects;

/**
 * The authenticated person behind a command (R9). Always taken from the security principal, never from
 * a request body, and written into the metadata of every event the command causes.
 */
public record Actor(String userId, String displayName, Role role, String unit, JurisdictionCode jurisdiction) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** Whether this actor may act on something registered in {@code target}: units act only inside their jurisdiction. */
    public boolean mayActIn(JurisdictionCode target) {
        return jurisdiction.contains(target);
    }
}
