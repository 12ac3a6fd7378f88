package org.wenping.query.stats;

/** The groups of matters the statistics name one by one ({@link MatterSet}). */
enum Flag {
    /** A decision's filing due and not made: overdue (漏报, R6) once the day is past its due date. */
    UNFILED,
    /** 迟报: filed after the deadline (R6). */
    LATE_FILING,
    /** 评而不用: the latest decision is one the grading table does not allow (R2). */
    ASSESSMENT_NOT_USED,
    /** Under 跟踪 or 再评估 with measures still open or incidents on record. */
    OPEN_RISK,
    /** Incidents after the decision. */
    INCIDENT
}
