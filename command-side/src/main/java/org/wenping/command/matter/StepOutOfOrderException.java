package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

/** A step that the matter's current stage does not admit (409); each situation has its own code. */
class StepOutOfOrderException extends CommandRefusedException {
    private StepOutOfOrderException(String code, String message) {
        super(code, Kind.CONFLICT, "stage", message);
    }

    static StepOutOfOrderException assessmentNotOpen() {
        return new StepOutOfOrderException("ASSESSMENT_NOT_OPEN", "事项已作出决策,评估已结束;如出现新的重大风险,须先启动重新评估");
    }

    static StepOutOfOrderException reportNotCompiled() {
        return new StepOutOfOrderException("REPORT_NOT_COMPILED", "尚未编制评估报告");
    }

    static StepOutOfOrderException reportNotGraded() {
        return new StepOutOfOrderException("REPORT_BEFORE_GRADE", "尚未定级,评估报告须载明风险等级");
    }

    static StepOutOfOrderException reportNotReviewed() {
        return new StepOutOfOrderException("REPORT_NOT_REVIEWED", "评估报告尚未通过专家评审,不能审查报备");
    }

    static StepOutOfOrderException alreadyFiled() {
        return new StepOutOfOrderException("ALREADY_FILED", "本次报备已登记,无需重复登记");
    }

    static StepOutOfOrderException notDecided() {
        return new StepOutOfOrderException("NOT_DECIDED", "事项尚未作出决策或正在重新评估");
    }

    static StepOutOfOrderException alreadyDecided() {
        return new StepOutOfOrderException("ALREADY_DECIDED", "事项已作出决策;调整决策须先启动重新评估(R7)");
    }

    static StepOutOfOrderException closed() {
        return new StepOutOfOrderException("MATTER_CLOSED", "事项已结项归档,只能登记更正或报备");
    }

    static StepOutOfOrderException unknownMeasure(String measureId) {
        return new StepOutOfOrderException("MEASURE_UNKNOWN", "本事项没有编号为 " + measureId + " 的化解措施");
    }

    static StepOutOfOrderException measureAlreadyCompleted(String measureId) {
        return new StepOutOfOrderException("MEASURE_ALREADY_COMPLETED", "化解措施 " + measureId + " 已登记落实");
    }
}
