package org.wenping.kernel.matter;

/**
 * The cases of a switch over {@link MatterEvent}, one per event: Java 17 has no switch over a sealed family's
 * types, so each event routes itself to its case ({@link MatterEvent#accept}). An event added to the family must
 * add its case here, and then every switch fails to compile until it handles the new event.
 *
 * @param <R> what the switch yields for an event
 */
public interface MatterEventCases<R> {
    R on(MatterRegisteredEvent event);

    R on(AssessmentPlanDraftedEvent event);

    R on(AssessmentAgencyCommissionedEvent event);

    R on(OpinionsCollectedEvent event);

    R on(DimensionAnalysedEvent event);

    R on(RiskGradedEvent event);

    R on(ProcedureEscalatedEvent event);

    R on(ReportCompiledEvent event);

    R on(ReportReviewedEvent event);

    R on(ReportFiledEvent event);

    R on(DecisionMadeEvent event);

    R on(ContingencyPlanPreparedEvent event);

    R on(MitigationMeasureAdoptedEvent event);

    R on(MitigationMeasureCompletedEvent event);

    R on(TrackingReportSubmittedEvent event);

    R on(IncidentReportedEvent event);

    R on(ReassessmentOpenedEvent event);

    R on(MatterClosedEvent event);

    R on(EventCorrectedEvent event);
}
