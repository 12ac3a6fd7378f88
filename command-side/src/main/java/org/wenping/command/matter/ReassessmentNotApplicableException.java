package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

/** R7: a re-assessment re-opens a matter under 跟踪, that is, decided and not already being re-assessed. */
class ReassessmentNotApplicableException extends CommandRefusedException {
    ReassessmentNotApplicableException(String why) {
        super("R7_NOT_UNDER_TRACKING", Kind.CONFLICT, "R7", "不能启动重新评估:" + why);
    }
}
