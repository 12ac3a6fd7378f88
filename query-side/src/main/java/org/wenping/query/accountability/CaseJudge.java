package org.wenping.query.accountability;

import org.wenping.kernel.legalcase.*;
import org.wenping.query.dossier.RecordFamily;
import org.wenping.query.legalcase.CaseFamily;

import java.time.LocalDate;
import java.util.List;

/**
 * The 政法办案 case as 责任倒查 judges it: what each case event shows by itself (one case per event, so a new event
 * is judged here before it compiles); the whole stream's breaches are {@link CaseBreachFinder}'s.
 */
final class CaseJudge implements CaseEventCases<Shown>, RecordJudge<CaseEvent> {
    static final CaseJudge CASES = new CaseJudge();

    private CaseJudge() {
    }

    @Override
    public RecordFamily<CaseEvent> family() {
        return CaseFamily.CASES;
    }

    @Override
    public Shown shown(CaseEvent event) {
        return event.accept(this);
    }

    @Override
    public BreachSeeker breaches(LocalDate today) {
        return new CaseBreachFinder(today);
    }

    /** R8: the command side refuses a ruling the rule forbids, so every recorded ruling satisfied it. */
    @Override
    public Shown on(CaseRulingMadeEvent e) {
        return e.utmostCaution() ? new Shown(List.of(Rule.R8), List.of(BreachKind.RULING_WITHOUT_SUPPORT))
                : Shown.satisfies(Rule.R8, Rule.PEOPLE_FIRST);
    }

    @Override
    public Shown on(CaseStageChangedEvent e) {
        return Shown.satisfies(Rule.R8);
    }

    @Override
    public Shown on(CaseRiskResolvedEvent e) {
        return Shown.satisfies(Rule.R8);
    }

    @Override
    public Shown on(CaseMeasureCompletedEvent e) {
        return Shown.satisfies(Rule.MITIGATION);
    }

    @Override
    public Shown on(CaseEventCorrectedEvent e) {
        return Shown.satisfies(Rule.R10);
    }

    @Override
    public Shown on(CaseListedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseDimensionAssessedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseOpinionsCollectedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseRiskGradedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseReportCompiledEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseMeasureAdoptedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseVisitRecordedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(CaseClosedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(PersonalDataErasedEvent e) {
        return Shown.NOTHING;
    }

    @Override
    public Shown on(PersonalDataRestrictedEvent e) {
        return Shown.NOTHING;
    }
}
