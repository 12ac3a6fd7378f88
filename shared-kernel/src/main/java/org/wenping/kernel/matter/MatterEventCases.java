package org.wenping.kernel.matter;

/**
 * One method per {@link MatterEvent}, called by {@link MatterEvent#accept}: the exhaustive switch over the family.
 *
 * @param <R> what each case answers
 */
public interface MatterEventCases<R> {
    R on(AssessmentAgencyCommissionedEvent event);

    R on(AssessmentPlanDraftedEvent event);

    R on(ContingencyPlanPreparedEvent event);

    R on(DecisionMadeEvent event);

    R on(DimensionAnalysedEvent event);

    R on(EventCorrectedEvent event);

    R on(IncidentReportedEvent event);

    R on(MatterClosedEvent event);

    R on(MatterRegisteredEvent event);

    R on(MitigationMeasureAdoptedEvent event);

    R on(MitigationMeasureCompletedEvent event);

    R on(OpinionsCollectedEvent event);

    R on(ProcedureEscalatedEvent event);

    R on(ReassessmentOpenedEvent event);

    R on(ReportCompiledEvent event);

    R on(ReportFiledEvent event);

    R on(ReportReviewedEvent event);

    R on(RiskGradedEvent event);

    R on(TrackingReportSubmittedEvent event);
}
