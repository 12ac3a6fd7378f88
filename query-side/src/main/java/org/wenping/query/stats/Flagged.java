package org.wenping.query.stats;

import java.time.LocalDate;

/** A matter in one of the named groups; {@code due} is the filing deadline of {@link Flag#UNFILED}, null otherwise. */
record Flagged(Flag flag, String matterId, LocalDate due) {
    /** Whether the matter belongs to the group shown on {@code today}: an unfiled decision only once overdue. */
    boolean shownOn(LocalDate today) {
        return flag != Flag.UNFILED || today.isAfter(due);
    }
}
