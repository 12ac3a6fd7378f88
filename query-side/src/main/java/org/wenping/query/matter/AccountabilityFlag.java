package org.wenping.query.matter;

import com.mongodb.client.model.Filters;
import org.bson.conversions.Bson;

import java.time.LocalDate;

/**
 * The accountability flags {@code GET /api/matters?flag=} selects by, named as the breaches of
 * {@code /accountability} name them. Each is judged twice, side by side: on a view in memory and as a query on the
 * stored views; IndexedListingTest holds the two to the same answers.
 */
enum AccountabilityFlag {
    /** 评而不用: the latest decision is one the grading table does not allow (R2). */
    ASSESSMENT_NOT_USED,
    /** 迟报: the decision was filed after its deadline (R6). */
    LATE_FILING,
    /** 漏报: the decision's filing deadline has passed unfiled (R6). */
    MISSING_FILING,
    /** 决策后发生不稳定事件: an incident on or after the decision date (R7). */
    INCIDENT_AFTER_DECISION,
    /** 防范化解不落实: a measure still open after its due date. */
    MEASURE_NOT_CARRIED_OUT;

    boolean raisedBy(MatterStatusView view, LocalDate today) {
        return switch (this) {
            case ASSESSMENT_NOT_USED -> view.decision().assessmentNotUsed();
            case LATE_FILING -> view.decision().filing().decisionFiledLate();
            case MISSING_FILING -> view.decision().filing().overdueOn(today);
            case INCIDENT_AFTER_DECISION -> view.tracking().incidentsAfterDecision() > 0;
            case MEASURE_NOT_CARRIED_OUT -> view.tracking().measureOverdueOn(today);
        };
    }

    /** The same judgement on the stored views; ISO dates compare as strings. */
    Bson query(LocalDate today) {
        return switch (this) {
            case ASSESSMENT_NOT_USED -> Filters.eq("assessmentNotUsed", true);
            case LATE_FILING -> Filters.eq("decisionFiledLate", true);
            case MISSING_FILING -> missingFiling(today);
            case INCIDENT_AFTER_DECISION -> Filters.gt("incidentsAfterDecision", 0);
            case MEASURE_NOT_CARRIED_OUT -> Filters.lt("measuresDue.dueBy", today.toString());
        };
    }

    /** R6 漏报: a deadline that has passed with no filing. */
    static Bson missingFiling(LocalDate today) {
        return Filters.and(Filters.lt("filingDeadline", today.toString()), Filters.eq("decisionFiledOn", null));
    }
}
