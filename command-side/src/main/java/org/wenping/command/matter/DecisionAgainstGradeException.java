package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.RiskLevel;

/**
 * R2 评用结合: the decision is not one the grading table allows for the matter's level, and the command
 * gave no override reason (seed 002). With a reason it is recorded and flagged 评而不用 instead.
 */
class DecisionAgainstGradeException extends CommandRefusedException {
    DecisionAgainstGradeException(RiskLevel level, Decision decision) {
        super("R2_DECISION_AGAINST_GRADE", Kind.UNPROCESSABLE, "R2",
                "评用结合:风险等级为“" + level.label() + "”的事项不得决定“" + decision.label()
                        + "”;如确需如此决策,须说明理由(overrideReason),并将记为评而不用");
    }
}
