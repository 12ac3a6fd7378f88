package org.wenping.query.matter;

import java.time.LocalDate;

/**
 * The filing of the decision with the 维稳办 (报备, R6).
 *
 * @param filingDeadline    when the decision must be filed; null before a decision
 * @param decisionFiledOn   when it was filed, null while not filed
 * @param decisionFiledLate whether it was filed after the deadline (迟报)
 */
public record DecisionFiling(LocalDate filingDeadline, LocalDate decisionFiledOn, boolean decisionFiledLate) {
    static final DecisionFiling NOT_DUE = new DecisionFiling(null, null, false);

    /** A decision's filing, due by {@code deadline} and not yet made; a later decision must be filed again. */
    static DecisionFiling dueBy(LocalDate deadline) {
        return new DecisionFiling(deadline, null, false);
    }

    DecisionFiling filed(LocalDate on, boolean late) {
        return new DecisionFiling(filingDeadline, on, late);
    }

    /** R6: the filing is overdue (漏报) on {@code today} if its deadline has passed unfiled. */
    public boolean overdueOn(LocalDate today) {
        return filingDeadline != null && decisionFiledOn == null && today.isAfter(filingDeadline);
    }
}
