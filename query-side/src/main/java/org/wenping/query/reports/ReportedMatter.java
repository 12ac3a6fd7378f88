package org.wenping.query.reports;

import org.wenping.kernel.matter.DecisionMadeEvent;

import java.time.LocalDate;

/**
 * The unit a matter's acts are counted for, and its 报备 after the decision (R6): due the day after the latest
 * decision ({@code filingDue}), received on {@code filedOn}, or not yet (null).
 */
record ReportedMatter(String matterId, String title, String jurisdiction, String responsibleUnit, LocalDate decidedOn,
                      LocalDate filingDue, LocalDate filedOn) {

    static ReportedMatter registered(String matterId, String title, String jurisdiction, String unit) {
        return new ReportedMatter(matterId, title, jurisdiction, unit, null, null, null);
    }

    /** A later decision (after a re-assessment, R7) owes its own filing. */
    ReportedMatter decided(DecisionMadeEvent event) {
        if (event.decidedOn().equals(decidedOn)) return this;
        return new ReportedMatter(matterId, title, jurisdiction, responsibleUnit, event.decidedOn(), event.filingDeadline(), null);
    }

    ReportedMatter decisionFiled(LocalDate on) {
        return new ReportedMatter(matterId, title, jurisdiction, responsibleUnit, decidedOn, filingDue, on);
    }
}
