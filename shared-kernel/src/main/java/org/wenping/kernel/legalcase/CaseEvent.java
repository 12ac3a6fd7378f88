package org.wenping.kernel.legalcase;

import org.wenping.kernel.RecordEvent;

/** Every event of a 政法办案 case's stream; {@link CaseEventCases} is the exhaustive switch over the family. */
public sealed interface CaseEvent extends RecordEvent
        permits CaseClosedEvent, CaseDimensionAssessedEvent, CaseEventCorrectedEvent, CaseListedEvent,
                CaseMeasureAdoptedEvent, CaseMeasureCompletedEvent, CaseOpinionsCollectedEvent,
                CaseReportCompiledEvent, CaseRiskGradedEvent, CaseRiskResolvedEvent, CaseRulingMadeEvent,
                CaseStageChangedEvent, CaseVisitRecordedEvent, PersonalDataErasedEvent, PersonalDataRestrictedEvent {
    CaseId caseId();

    /** The case of {@code cases} for this event: an exhaustive switch over the family. */
    <R> R accept(CaseEventCases<R> cases);

    @Override
    default String recordId() {
        return caseId().value();
    }
}
