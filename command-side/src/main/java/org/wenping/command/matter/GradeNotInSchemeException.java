package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

/** A grade is a level of the scheme recorded on the matter at 立项, never of another scheme. */
class GradeNotInSchemeException extends CommandRefusedException {
    GradeNotInSchemeException(RiskLevel level, GradingScheme scheme) {
        super("GRADE_NOT_IN_SCHEME", Kind.UNPROCESSABLE, "level", "“" + level.label() + "”不属于本事项的定级标准“"
                + scheme.label() + "”,可选:" + String.join("、", RiskLevel.of(scheme).stream().map(RiskLevel::label).toList()));
    }
}
