package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** R8 clause 1: 凡经风险评估的案件,风险未化解的不得裁决 (seed 004 篇4). */
class RiskUnresolvedException extends CommandRefusedException {
    RiskUnresolvedException(AssessmentProgress progress) {
        super("R8_RISK_UNRESOLVED", Kind.UNPROCESSABLE, "R8", "凡经风险评估的案件,风险未化解的不得裁决:本诉讼阶段"
                + switch (progress) {
                    case NONE -> "尚未重新评估";
                    case ASSESSING -> "尚未完成评估定级";
                    case GRADED, RESOLVED -> "化解措施尚未全部落实或尚未登记风险化解";
                });
    }
}
