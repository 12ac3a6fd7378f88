package org.wenping.kernel.matter;

import org.wenping.kernel.RecordEvent;

/**
 * Every event of a matter's stream (重大事项). Java 17 has no pattern switch, so a reader that must name each
 * event implements {@link MatterEventCases}: an event added here must implement {@link #accept}, which needs a
 * case of its own, and then every reader that has not handled it stops compiling.
 */
public sealed interface MatterEvent extends RecordEvent
        permits AssessmentAgencyCommissionedEvent, AssessmentPlanDraftedEvent, ContingencyPlanPreparedEvent,
                DecisionMadeEvent, DimensionAnalysedEvent, EventCorrectedEvent, IncidentReportedEvent,
                MatterClosedEvent, MatterRegisteredEvent, MitigationMeasureAdoptedEvent,
                MitigationMeasureCompletedEvent, OpinionsCollectedEvent, ProcedureEscalatedEvent,
                ReassessmentOpenedEvent, ReportCompiledEvent, ReportFiledEvent, ReportReviewedEvent, RiskGradedEvent,
                TrackingReportSubmittedEvent {
    MatterId matterId();

    /** Calls the one method of {@code cases} for this event's type. */
    <R> R accept(MatterEventCases<R> cases);

    @Override
    default String recordId() {
        return matterId().value();
    }
}
