package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

/**
 * R1 不评估不决策: no decision before the matter is graded, and under 普通/特殊程序 not before its report was
 * reviewed by an expert panel and filed with the 维稳办 (seeds 000, 003: 未经评估的重大决策一律不上会研究).
 */
class NotAssessedException extends CommandRefusedException {
    NotAssessedException(String missing) {
        super("R1_NOT_ASSESSED", Kind.UNPROCESSABLE, "R1", "不评估不决策:尚未" + missing + ",不能作出决策");
    }
}
