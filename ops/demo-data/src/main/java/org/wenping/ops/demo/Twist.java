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
    /** Under 简易程序, the unit itself moved the matter to 普通程序 (R3). */
    ESCALATED_BY_UNIT,
    /** Under 简易程序, a medium grade moved the matter to 普通程序 (R3), then measures lowered it. */
    ESCALATED_BY_GRADE
}
