package org.wenping.command.inquiry;

import org.wenping.command.domain.CommandRefusedException;

/** A step the inquiry's state does not admit; each situation has its own code. */
class InquiryStepException extends CommandRefusedException {
    private InquiryStepException(String code, Kind kind, String field, String message) {
        super(code, kind, field, message);
    }

    static InquiryStepException concluded() {
        return new InquiryStepException("INQUIRY_CONCLUDED", Kind.CONFLICT, "stage", "责任倒查已作出结论,不能再登记");
    }

    static InquiryStepException unknownFinding(String findingId) {
        return new InquiryStepException("FINDING_UNKNOWN", Kind.UNPROCESSABLE, "findingId",
                "本次责任倒查没有编号为 " + findingId + " 的调查认定");
    }
}
