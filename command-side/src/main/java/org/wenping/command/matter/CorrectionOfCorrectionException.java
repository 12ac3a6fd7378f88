package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

/** R10: a correction is not corrected; a wrong correction is answered by another correction of the original event. */
class CorrectionOfCorrectionException extends CommandRefusedException {
    CorrectionOfCorrectionException(String eventId) {
        super("R10_CORRECTION_OF_CORRECTION", Kind.UNPROCESSABLE, "correctedEventId",
                "记录 " + eventId + " 本身是一条更正,不能再更正;如更正有误,请对原记录再作一次更正");
    }
}
