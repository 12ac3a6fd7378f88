package org.wenping.query.matter;

import org.wenping.kernel.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * The current status of one matter. Immutable; each event yields a new view through a named transition in
 * {@link MatterStatusDraft}, applied by {@link MatterStatusProjection}.
 *
 * @param version          the sequence number of the last event applied, the matter's ETag
 * @param filingDeadline   when the decision must be filed with the 维稳办 (R6); null before a decision
 * @param decisionFiledOn  when it was filed, null while not filed
 * @param incidentsAfterDecision incidents that happened on or after the (latest) decision date
 */
public record MatterStatusView(
        String id, String title, String category, String domain, String responsibleUnit, String decisionAuthority,
        String jurisdiction, String procedure, String assessorMode, String gradingScheme,
        LocalDate registeredOn, Instant registeredAt, Actor registeredBy,
        MatterStage stage, String stageLabel, LocalDate assessmentDueBy,
        String riskLevel, String decision, LocalDate decidedOn, boolean assessmentNotUsed,
        LocalDate filingDeadline, LocalDate decisionFiledOn, boolean decisionFiledLate,
        int openMeasures, int incidents, int incidentsAfterDecision, LocalDate closedOn,
        long version, Instant lastChangedAt) {

    /** R6: the decision's filing is overdue (漏报) on {@code today} if its deadline has passed unfiled. */
    public boolean filingOverdueOn(LocalDate today) {
        return filingDeadline != null && decisionFiledOn == null && today.isAfter(filingDeadline);
    }

    /** A copy changed by {@code change}, stamped with the event's sequence and time. */
    MatterStatusView after(long sequence, Instant at, UnaryOperator<MatterStatusDraft> change) {
        return change.apply(new MatterStatusDraft(this)).build(sequence, at);
    }
}
