package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the 决策机关 decides on the matter at a recorded meeting (会审; seeds 001, 004). A decision the
 * grading table does not allow (R2 评用结合) is only recorded with an override reason, and then flagged 评而不用.
 * After a re-assessment (R7) a later decision adjusts the earlier one.
 *
 * @param grade the risk level in force when the decision was made
 * @param meetingReference the meeting that decided (e.g. 市政府常务会议第12次)
 * @param overrideReason why the decision departs from the grade, or null
 * @param assessmentNotUsed 评而不用: the decision is one the grading table does not allow (R2)
 * @param decidedOn the business date of the meeting
 * @param filingDeadline the day after {@code decidedOn}: the report and the decision must be filed with the 维稳办 by then (R6)
 */
@Revision("1")
public record DecisionMadeEvent(
        MatterId matterId,
        Decision decision,
        RiskLevel grade,
        String meetingReference,
        String overrideReason,
        boolean assessmentNotUsed,
        LocalDate decidedOn,
        LocalDate filingDeadline) implements MatterEvent {

    public DecisionMadeEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(meetingReference, "meetingReference");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(filingDeadline, "filingDeadline");
    }

    @Override
    public LocalDate businessDate() {
        return decidedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
