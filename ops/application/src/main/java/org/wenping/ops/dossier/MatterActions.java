package org.wenping.ops.dossier;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.*;

/** The action of the permission table each event of a matter records: the one switch over the family. */
final class MatterActions implements MatterEventCases<Action> {
    static final MatterActions INSTANCE = new MatterActions();

    public Action on(MatterRegisteredEvent event) { return Action.REGISTER_MATTER; }
    public Action on(AssessmentPlanDraftedEvent event) { return Action.DRAFT_ASSESSMENT_PLAN; }
    public Action on(AssessmentAgencyCommissionedEvent event) { return Action.COMMISSION_AGENCY; }
    public Action on(OpinionsCollectedEvent event) { return Action.COLLECT_OPINIONS; }
    public Action on(DimensionAnalysedEvent event) { return Action.ANALYSE_DIMENSION; }
    public Action on(RiskGradedEvent event) { return Action.GRADE_RISK; }
    public Action on(ProcedureEscalatedEvent event) { return Action.ESCALATE_PROCEDURE; }
    public Action on(ReportCompiledEvent event) { return Action.COMPILE_REPORT; }
    public Action on(ReportReviewedEvent event) { return Action.REVIEW_REPORT; }
    public Action on(ReportFiledEvent event) { return Action.RECORD_FILING; }
    public Action on(DecisionMadeEvent event) { return Action.MAKE_DECISION; }
    public Action on(ContingencyPlanPreparedEvent event) { return Action.PREPARE_CONTINGENCY_PLAN; }
    public Action on(MitigationMeasureAdoptedEvent event) { return Action.ADOPT_MEASURE; }
    public Action on(MitigationMeasureCompletedEvent event) { return Action.COMPLETE_MEASURE; }
    public Action on(TrackingReportSubmittedEvent event) { return Action.SUBMIT_TRACKING_REPORT; }
    public Action on(IncidentReportedEvent event) { return Action.REPORT_INCIDENT; }
    public Action on(ReassessmentOpenedEvent event) { return Action.OPEN_REASSESSMENT; }
    public Action on(MatterClosedEvent event) { return Action.CLOSE_MATTER; }
    public Action on(EventCorrectedEvent event) { return Action.CORRECT_RECORD; }
}
