package org.wenping.command.legalcase;

/** How far the assessment of the case's current procedural stage has come; a new stage starts again at NONE. */
enum AssessmentProgress {
    /** No dimension assessed in this stage. */
    NONE,
    /** Some dimension assessed, no grade yet. */
    ASSESSING,
    /** Graded, with measures open or no resolution recorded. */
    GRADED,
    /** Graded, every measure carried out and the risk recorded as resolved (风险已化解). */
    RESOLVED;

    boolean graded() {
        return this == GRADED || this == RESOLVED;
    }
}
