package org.wenping.command.reports;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.reports.ReportKind;

/** A report holds exactly its form's figures, each a count (zero or more). */
class ReportFiguresException extends CommandRefusedException {
    ReportFiguresException(ReportKind kind) {
        super("REPORT_FIGURES_INVALID", Kind.UNPROCESSABLE, "figures",
                kind.label() + "须填报且仅填报以下数字(均不小于0): " + kind.figures());
    }
}
