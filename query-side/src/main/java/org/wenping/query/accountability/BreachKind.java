package org.wenping.query.accountability;

import org.wenping.query.dossier.CodeLabel;

/** The procedure breaches a matter's record shows by itself, each named as domain.md names it; the constant is the stable code. */
enum BreachKind {
    /** A decision with no grade on record (R1). */
    NOT_ASSESSED(Rule.R1, "应评不评"),
    /** A decision the grading table does not allow, recorded with an override reason (R2). */
    ASSESSMENT_NOT_USED(Rule.R2, "评而不用"),
    /** The decision filing arrived after its deadline (R6). */
    LATE_FILING(Rule.R6, "迟报"),
    /** No decision filing, and its deadline has passed (R6). */
    MISSING_FILING(Rule.R6, "漏报"),
    /** A measure adopted but not carried out by its due date. */
    MEASURE_NOT_CARRIED_OUT(Rule.MITIGATION, "防范化解不落实"),
    /** An unstable incident after the decision. */
    INCIDENT_AFTER_DECISION(Rule.R7, "决策后发生不稳定事件"),
    /** An incident after the decision with no re-assessment opened (R7). */
    NO_REASSESSMENT(Rule.R7, "一评了之(未重新评估)"),
    /** A case ruling most of those heard neither understand nor support, flagged 慎之又慎 (seed 004 篇4). */
    RULING_WITHOUT_SUPPORT(Rule.PEOPLE_FIRST, "多数群众不理解不支持的裁决");

    private final Rule rule;
    private final String label;

    BreachKind(Rule rule, String label) {
        this.rule = rule;
        this.label = label;
    }

    Rule rule() {
        return rule;
    }

    String label() {
        return label;
    }

    CodeLabel coded() {
        return new CodeLabel(name(), label);
    }
}
