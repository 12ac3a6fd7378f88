package org.wenping.ops.demo;

/** How a demo case runs through the year: each fate is a path the case read models must show. */
enum CaseFate {
    /** Assessed, its ruling held back until the measures were carried out and the risk resolved (R8), then closed. */
    RESOLVED_THEN_RULED,
    /** Assessed and graded, a measure still open on the last day: R8 holds its ruling back. */
    STILL_HELD_BACK,
    /** Ruled in one procedural stage, then a new stage re-opened the assessment; ruled again after resolution. */
    STAGE_REOPENED,
    /** Not a 重大疑难复杂 case and never assessed: ruled without an assessment (R8 does not hold it) and closed. */
    RULED_UNASSESSED,
    /** Most of those heard neither understood nor supported the handling: the ruling is flagged 慎之又慎. */
    UTMOST_CAUTION
}
