package org.wenping.query.accountability;

import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterEventCases;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;

import org.wenping.query.dossier.MatterFamily;
import org.wenping.query.dossier.RecordFamily;

import java.time.LocalDate;
import java.util.List;

/**
 * The 重大事项 as 责任倒查 judges it. What one event shows by itself: the rules the step satisfied, and the
 * breaches it carries as flags (a flagged 评而不用, a 迟报). One case per matter event, so a new event is judged
 * here before it compiles; the whole stream's breaches are {@link BreachFinder}'s.
 */
final class StepRules implements MatterEventCases<Shown>, RecordJudge<MatterEvent> {
    static final StepRules MATTERS = new StepRules();
    private static final Shown NOTHING = Shown.NOTHING;

    private StepRules() {
    }

    @Override
    public RecordFamily<MatterEvent> family() {
        return MatterFamily.MATTERS;
    }

    @Override
    public Shown shown(MatterEvent event) {
        return event.accept(this);
    }

    @Override
    public BreachSeeker breaches(LocalDate today) {
        return new BreachFinder(today);
    }

    private static Shown satisfies(Rule... rules) {
        return Shown.satisfies(rules);
    }

    @Override
    public Shown on(DecisionMadeEvent e) {
        return e.assessmentNotUsed() ? new Shown(List.of(Rule.R1), List.of(BreachKind.ASSESSMENT_NOT_USED))
                : satisfies(Rule.R1, Rule.R2);
    }

    @Override
    public Shown on(ReportFiledEvent e) {
        List<Rule> satisfied = e.stage() == FilingStage.REVIEW ? List.of(Rule.R1) : e.late() ? List.of() : List.of(Rule.R6);
        return new Shown(satisfied, e.late() ? List.of(BreachKind.LATE_FILING) : List.of());
    }

    @Override
    public Shown on(AssessmentAgencyCommissionedEvent e) {
        return e.selectionMethod().isLawful() ? satisfies(Rule.R4) : NOTHING;
    }

    @Override
    public Shown on(ReportReviewedEvent e) {
        return satisfies(Rule.R5);
    }

    @Override
    public Shown on(ProcedureEscalatedEvent e) {
        return satisfies(Rule.R3);
    }

    @Override
    public Shown on(ReassessmentOpenedEvent e) {
        return satisfies(Rule.R7);
    }

    @Override
    public Shown on(EventCorrectedEvent e) {
        return satisfies(Rule.R10);
    }

    @Override
    public Shown on(MitigationMeasureCompletedEvent e) {
        return satisfies(Rule.MITIGATION);
    }

    @Override
    public Shown on(AssessmentPlanDraftedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(ContingencyPlanPreparedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(DimensionAnalysedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(IncidentReportedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(MatterClosedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(MatterRegisteredEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(MitigationMeasureAdoptedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(OpinionsCollectedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(ReportCompiledEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(RiskGradedEvent e) {
        return NOTHING;
    }

    @Override
    public Shown on(TrackingReportSubmittedEvent e) {
        return NOTHING;
    }
}
