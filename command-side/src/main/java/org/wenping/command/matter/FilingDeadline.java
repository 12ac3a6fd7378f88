package org.wenping.command.matter;

import org.wenping.kernel.lists.Deadlines;

import java.time.LocalDate;

/**
 * R6 报备时限 (seed 004 篇3): after the decision, the report and the decision are filed with the 维稳办 by the
 * next day. The decision carries that deadline; a filing after it is recorded late (迟报), and a matter with no
 * filing once the deadline has passed is flagged missing (漏报) by the read side, from the same deadline.
 */
final class FilingDeadline {
    private FilingDeadline() {
    }

    /** The last day on which a decision of {@code decidedOn} is filed in time. */
    static LocalDate after(LocalDate decidedOn) {
        return Deadlines.decisionFiling(decidedOn);
    }

    /** Whether a filing of {@code filedOn} came after {@code deadline}: 迟报. */
    static boolean missedBy(LocalDate filedOn, LocalDate deadline) {
        return filedOn.isAfter(deadline);
    }
}
