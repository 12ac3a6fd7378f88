package org.wenping.ops.demo;

/** A variation on a matter's path that the dashboards and the dossier should be able to show. */
enum Twist {
    /** Graded medium first, then measures lowered the risk and it was graded low again. */
    LOWERED_BY_MEASURES,
    /** The expert panel failed the first report; it was compiled again and passed. */
    REVIEW_FAILED_ONCE,
    /** An incident was reported while the assessment was still running. */
    INCIDENT_DURING_ASSESSMENT,
    /** The decision reached the 维稳办 later than the next day (迟报, R6). */
    LATE_DECISION_FILING,
    /** The decision never reached the 维稳办 (漏报, R6). */
    DECISION_NOT_FILED,
    /** The measure adopted after the decision was never carried out (防范化解不落实). */
    MEASURE_NOT_CARRIED_OUT,
    /** The assessor corrected the record of an opinion round some days later (R10). */
    OPINIONS_CORRECTED,
    /** The 维稳办 corrected the receipt number of the decision's filing (R10). */
    RECEIPT_CORRECTED,
    /** Under 简易程序, the unit itself moved the matter to 普通程序 (R3). */
    ESCALATED_BY_UNIT,
    /** Under 简易程序, a medium grade moved the matter to 普通程序 (R3), then measures lowered it. */
    ESCALATED_BY_GRADE
}
