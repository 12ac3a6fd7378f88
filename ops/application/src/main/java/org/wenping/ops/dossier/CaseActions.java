package org.wenping.ops.dossier;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.*;

/** The action of the permission table each event of a case records: the one switch over the family. */
final class CaseActions implements CaseEventCases<Action> {
    static final CaseActions INSTANCE = new CaseActions();

    public Action on(CaseListedEvent event) { return Action.LIST_CASE; }
    public Action on(CaseDimensionAssessedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseOpinionsCollectedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseRiskGradedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseReportCompiledEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseMeasureAdoptedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseMeasureCompletedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseRiskResolvedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseRulingMadeEvent event) { return Action.RULE_ON_CASE; }
    public Action on(CaseStageChangedEvent event) { return Action.CHANGE_CASE_STAGE; }
    public Action on(CaseVisitRecordedEvent event) { return Action.ASSESS_CASE; }
    public Action on(CaseClosedEvent event) { return Action.CLOSE_CASE; }
    public Action on(PersonalDataErasedEvent event) { return Action.ERASE_PERSONAL_DATA; }
    public Action on(PersonalDataRestrictedEvent event) { return Action.ERASE_PERSONAL_DATA; }
    public Action on(CaseEventCorrectedEvent event) { return Action.CORRECT_RECORD; }
}
