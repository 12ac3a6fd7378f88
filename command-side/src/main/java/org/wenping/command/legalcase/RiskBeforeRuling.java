package org.wenping.command.legalcase;

import org.wenping.kernel.legalcase.CaseClass;

/**
 * R8 (seed 004 篇4), both clauses, as one table over the case's class and the progress of its current stage's
 * assessment:
 * <ul>
 * <li>凡经风险评估的案件,风险未化解的不得裁决: a case under assessment — one whose risk was ever assessed, in any
 * stage — is ruled on only once the risk of its current stage is resolved. Each stage is assessed anew (在办案的每个
 * 阶段和工作环节), so a ruling after a stage change needs the new stage's assessment.</li>
 * <li>重大疑难复杂案件未经风险评估不得裁决, and 自受理之初就要先期评估: such a case is under assessment from its listing on,
 * and is ruled on only once its current stage is graded (else it is unassessed) and resolved. Nor does it leave a
 * stage ungraded: {@link #requireGradedBeforeLeaving} refuses the stage change with the same code.</li>
 * </ul>
 * A case of another class that was never assessed may be ruled on: R8 does not reach it.
 */
final class RiskBeforeRuling {
    enum Verdict { MAY_RULE, MAJOR_CASE_UNASSESSED, RISK_UNRESOLVED }

    private RiskBeforeRuling() {
    }

    /**
     * @param underAssessment whether the case's risk was ever assessed (a 重大疑难复杂 case always is)
     * @param progress        the progress of the current stage's assessment
     */
    static Verdict verdict(CaseClass caseClass, boolean underAssessment, AssessmentProgress progress) {
        if (caseClass.assessedFromAcceptance()) {
            return switch (progress) {
                case NONE, ASSESSING -> Verdict.MAJOR_CASE_UNASSESSED;
                case GRADED -> Verdict.RISK_UNRESOLVED;
                case RESOLVED -> Verdict.MAY_RULE;
            };
        }
        return switch (progress) {
            case NONE -> underAssessment ? Verdict.RISK_UNRESOLVED : Verdict.MAY_RULE;
            case ASSESSING, GRADED -> Verdict.RISK_UNRESOLVED;
            case RESOLVED -> Verdict.MAY_RULE;
        };
    }

    static void requireMayRule(CaseClass caseClass, boolean underAssessment, AssessmentProgress progress) {
        switch (verdict(caseClass, underAssessment, progress)) {
            case MAJOR_CASE_UNASSESSED -> throw MajorCaseUnassessedException.beforeRuling();
            case RISK_UNRESOLVED -> throw new RiskUnresolvedException(progress);
            case MAY_RULE -> { }
        }
    }

    /** 先期评估: a 重大疑难复杂 case moves to its next stage only once the current one is graded. */
    static void requireGradedBeforeLeaving(CaseClass caseClass, AssessmentProgress progress) {
        if (caseClass.assessedFromAcceptance() && !progress.graded()) {
            throw MajorCaseUnassessedException.beforeStageChange();
        }
    }
}
