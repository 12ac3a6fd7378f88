package org.wenping.ops.demo;

/** Where a demo matter stands at the end of the demo year (2026-11-15). */
enum Fate {
    /** Decided 实施 and under 跟踪. */
    IMPLEMENTED,
    /** Decided 部分实施 and under 跟踪. */
    PARTIAL,
    /**
     * Graded medium (or the scheme's like), decided 实施 all the same with the decider's reason on record: R2 lets it
     * through and flags it 评而不用; then under 跟踪.
     */
    OVERRIDDEN,
    /** Decided 暂缓实施 on a medium grade (seed 003: one in a year). */
    POSTPONED,
    /** Decided 不予实施 on a high grade, then closed (seed 003: one in a year). */
    REJECTED,
    /** Implemented, tracked, and closed. */
    CLOSED,
    /** Registered late in the year; the assessment is still running. */
    UNDER_ASSESSMENT,
    /** An incident during 跟踪 re-opened the assessment (R7); re-graded and decided again. */
    INCIDENT_REDECIDED,
    /** An incident during 跟踪 re-opened the assessment (R7), which is still running. */
    INCIDENT_REASSESSING,
    /** A new major risk during 跟踪 re-opened the assessment (R7); re-graded and decided 部分实施. */
    NEW_RISK_REDECIDED
}
