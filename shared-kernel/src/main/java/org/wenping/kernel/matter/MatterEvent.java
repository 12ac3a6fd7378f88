package org.wenping.kernel.matter;

import org.wenping.kernel.RecordEvent;

/** Every event of a matter's stream (重大事项); {@link MatterEventCases} is the exhaustive switch over the family. */
public sealed interface MatterEvent extends RecordEvent
        permits AssessmentAgencyCommissionedEvent, AssessmentPlanDraftedEvent, ContingencyPlanPreparedEvent,
                DecisionMadeEvent, DimensionAnalysedEvent, EventCorrectedEvent, IncidentReportedEvent,
                MatterClosedEvent, MatterRegisteredEvent, MitigationMeasureAdoptedEvent,
                MitigationMeasureCompletedEvent, OpinionsCollectedEvent, ProcedureEscalatedEvent,
                ReassessmentOpenedEvent, ReportCompiledEvent, ReportFiledEvent, ReportReviewedEvent, RiskGradedEvent,
                TrackingReportSubmittedEvent {
    MatterId matterId();

    /** The case of {@code cases} for this event: an exhaustive switch over the family. */
    <R> R accept(MatterEventCases<R> cases);

    @Override
    default String recordId() {
        return matterId().value();
    }
}
