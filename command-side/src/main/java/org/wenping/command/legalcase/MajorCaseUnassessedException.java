package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** R8 clause 2: 重大、疑难、复杂案件未经风险评估不得裁决, and its assessment starts at acceptance (seed 004 篇4). */
class MajorCaseUnassessedException extends CommandRefusedException {
    private MajorCaseUnassessedException(String message) {
        super("R8_MAJOR_CASE_UNASSESSED", Kind.UNPROCESSABLE, "R8", message);
    }

    static MajorCaseUnassessedException beforeRuling() {
        return new MajorCaseUnassessedException("重大疑难复杂案件未经风险评估不得裁决:本诉讼阶段尚未完成评估定级");
    }

    static MajorCaseUnassessedException beforeStageChange() {
        return new MajorCaseUnassessedException("重大疑难复杂案件自受理之初就要先期评估:本诉讼阶段尚未完成评估定级,不能进入下一阶段");
    }
}
