package org.wenping.query.accountability;

import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;

import java.util.List;

/** What one event shows by itself: the rules the step satisfied, and the breaches it carries as flags. */
final class StepRules {
    private StepRules() {
    }

    static List<Rule> satisfiedBy(Object event) {
        if (event instanceof DecisionMadeEvent e) return e.assessmentNotUsed() ? List.of(Rule.R1) : List.of(Rule.R1, Rule.R2);
        if (event instanceof ReportFiledEvent e && e.stage() == FilingStage.REVIEW) return List.of(Rule.R1);
        if (event instanceof ReportFiledEvent e) return e.late() ? List.of() : List.of(Rule.R6);
        if (event instanceof AssessmentAgencyCommissionedEvent e) {
            return e.selectionMethod().isLawful() ? List.of(Rule.R4) : List.of();
        }
        if (event instanceof ReportReviewedEvent) return List.of(Rule.R5);
        if (event instanceof ProcedureEscalatedEvent) return List.of(Rule.R3);
        if (event instanceof ReassessmentOpenedEvent) return List.of(Rule.R7);
        if (event instanceof EventCorrectedEvent) return List.of(Rule.R10);
        if (event instanceof MitigationMeasureCompletedEvent) return List.of(Rule.MITIGATION);
        return List.of();
    }

    /** Breaches the event records on itself: a flagged override (评而不用), a late filing (迟报). */
    static List<BreachKind> flags(Object event) {
        if (event instanceof DecisionMadeEvent e && e.assessmentNotUsed()) return List.of(BreachKind.ASSESSMENT_NOT_USED);
        if (event instanceof ReportFiledEvent e && e.late()) return List.of(BreachKind.LATE_FILING);
        return List.of();
    }
}
