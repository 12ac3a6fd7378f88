package org.wenping.kernel.legalcase;

/**
 * The cases of a switch over {@link CaseEvent}, one per event: each event routes itself to its case
 * ({@link CaseEvent#accept}). An event added to the family must add its case here, and then every switch fails to
 * compile until it handles the new event.
 *
 * @param <R> what the switch yields for an event
 */
public interface CaseEventCases<R> {
    R on(CaseListedEvent event);

    R on(CaseDimensionAssessedEvent event);

    R on(CaseOpinionsCollectedEvent event);

    R on(CaseRiskGradedEvent event);

    R on(CaseReportCompiledEvent event);

    R on(CaseMeasureAdoptedEvent event);

    R on(CaseMeasureCompletedEvent event);

    R on(CaseRiskResolvedEvent event);

    R on(CaseRulingMadeEvent event);

    R on(CaseStageChangedEvent event);

    R on(CaseVisitRecordedEvent event);

    R on(CaseClosedEvent event);

    R on(PersonalDataErasedEvent event);

    R on(PersonalDataRestrictedEvent event);

    R on(CaseEventCorrectedEvent event);
}
