package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;

/** A step that the case's current state does not admit (409); each situation has its own code. */
class CaseStepOutOfOrderException extends CommandRefusedException {
    private CaseStepOutOfOrderException(String code, String message) {
        super(code, Kind.CONFLICT, "stage", message);
    }

    static CaseStepOutOfOrderException closed() {
        return new CaseStepOutOfOrderException("CASE_CLOSED", "案件已结案归档,只能登记个人信息的删除或限制处理");
    }

    static CaseStepOutOfOrderException dimensionsMissing(String missing) {
        return new CaseStepOutOfOrderException("CASE_DIMENSIONS_MISSING", "本诉讼阶段尚未评估" + missing + ",不能定级");
    }

    static CaseStepOutOfOrderException notGraded() {
        return new CaseStepOutOfOrderException("CASE_NOT_GRADED", "本诉讼阶段尚未定级,评估报告须载明风险等级");
    }

    static CaseStepOutOfOrderException reportMissing() {
        return new CaseStepOutOfOrderException("CASE_REPORT_MISSING", "本诉讼阶段尚未编制评估报告(预防处置工作方案)");
    }

    static CaseStepOutOfOrderException unknownMeasure(String measureId) {
        return new CaseStepOutOfOrderException("CASE_MEASURE_UNKNOWN", "本案没有编号为 " + measureId + " 的化解措施");
    }

    static CaseStepOutOfOrderException measureAlreadyCompleted(String measureId) {
        return new CaseStepOutOfOrderException("CASE_MEASURE_ALREADY_COMPLETED", "化解措施 " + measureId + " 已登记落实");
    }

    static CaseStepOutOfOrderException measuresOpen(long open) {
        return new CaseStepOutOfOrderException("CASE_MEASURES_OPEN", "尚有 " + open + " 项化解措施未落实");
    }

    static CaseStepOutOfOrderException notRuled() {
        return new CaseStepOutOfOrderException("CASE_NOT_RULED", "案件尚未裁决,不能结案");
    }

    static CaseStepOutOfOrderException stageUnchanged(String stage) {
        return new CaseStepOutOfOrderException("CASE_STAGE_UNCHANGED", "案件已处于“" + stage + "”阶段");
    }
}
