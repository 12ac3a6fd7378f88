package org.wenping.query.reports;

import org.wenping.kernel.lists.Deadlines;
import org.wenping.query.lists.FilingStatus;
import org.wenping.query.live.LiveEvent;

import java.time.LocalDate;

/**
 * One deadline of a unit in the calendar, as it stands on a day: what is due, for what ({@code subject}: the
 * year, the month, or the matter), by when, and whether it was met, met late (迟报) or missed (漏报). It is also
 * what the live stream announces when a deadline is met.
 */
record DeadlineEntry(DeadlineKind kind, String label, String responsibleUnit, String jurisdiction, String subject,
                     LocalDate dueOn, LocalDate doneOn, FilingStatus status, String statusLabel) implements LiveEvent {

    static DeadlineEntry of(DeadlineKind kind, String unit, String jurisdiction, String subject, LocalDate dueOn,
                            LocalDate doneOn, LocalDate judgedOn) {
        FilingStatus status = FilingStatus.of(doneOn, dueOn, judgedOn);
        return new DeadlineEntry(kind, kind.label(), unit, jurisdiction, subject, dueOn, doneOn, status, status.label());
    }

    static DeadlineEntry yearlyList(ReportUnits.Unit unit, int year, ListFiling filing, LocalDate judgedOn) {
        return of(DeadlineKind.YEARLY_LIST, unit.responsibleUnit(), unit.jurisdiction(), String.valueOf(year),
                Deadlines.yearlyList(year), filing == null ? null : filing.filedOn(), judgedOn);
    }

    static DeadlineEntry report(ReportStanding standing, LocalDate judgedOn) {
        return of(DeadlineKind.of(standing.kind()), standing.responsibleUnit(), standing.jurisdiction(), standing.month().toString(),
                standing.dueOn(), standing.submittedOn(), judgedOn);
    }

    static DeadlineEntry decisionFiling(ReportedMatter matter, LocalDate judgedOn) {
        return of(DeadlineKind.DECISION_FILING, matter.responsibleUnit(), matter.jurisdiction(), matter.title(),
                matter.filingDue(), matter.filedOn(), judgedOn);
    }

    boolean overdue() {
        return status == FilingStatus.MISSING;
    }

    @Override
    public String eventName() {
        return "deadline";
    }
}
