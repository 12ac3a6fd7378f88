package org.wenping.command.legalcase;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

/** A case's grade is a level of the scheme recorded at its listing, never of another scheme. */
class CaseGradeNotInSchemeException extends CommandRefusedException {
    CaseGradeNotInSchemeException(RiskLevel level, GradingScheme scheme) {
        super("GRADE_NOT_IN_SCHEME", Kind.UNPROCESSABLE, "level", "“" + level.label() + "”不属于本案的定级标准“"
                + scheme.label() + "”");
    }
}
