package org.wenping.kernel.matter;

import org.wenping.kernel.RecordEvent;

/** Every event of a matter's stream (重大事项): a switch over this family names each one. */
public sealed interface MatterEvent extends RecordEvent
        permits AssessmentAgencyCommissionedEvent, AssessmentPlanDraftedEvent, ContingencyPlanPreparedEvent,
                DecisionMadeEvent, DimensionAnalysedEvent, EventCorrectedEvent, IncidentReportedEvent,
                MatterClosedEvent, MatterRegisteredEvent, MitigationMeasureAdoptedEvent,
                MitigationMeasureCompletedEvent, OpinionsCollectedEvent, ProcedureEscalatedEvent,
                ReassessmentOpenedEvent, ReportCompiledEvent, ReportFiledEvent, ReportReviewedEvent, RiskGradedEvent,
                TrackingReportSubmittedEvent {
    MatterId matterId();

    @Override
    default String recordId() {
        return matterId().value();
    }
}
