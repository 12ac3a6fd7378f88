package org.wenping.query.matter;

import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;

/**
 * How the matter is assessed (评估) and the risk level it was given (定级).
 *
 * @param assessmentDueBy the due date of the latest assessment plan, null before one
 * @param riskLevel       the latest grade, null before one
 */
public record MatterAssessment(String procedure, String assessorMode, String gradingScheme, LocalDate assessmentDueBy,
                               String riskLevel) {
    static MatterAssessment of(MatterRegisteredEvent registered) {
        return new MatterAssessment(registered.procedure().name(), registered.assessorMode().name(),
                registered.gradingScheme().name(), null, null);
    }

    MatterAssessment planned(LocalDate dueBy) {
        return new MatterAssessment(procedure, assessorMode, gradingScheme, dueBy, riskLevel);
    }

    MatterAssessment graded(RiskLevel level) {
        return new MatterAssessment(procedure, assessorMode, gradingScheme, assessmentDueBy, level.name());
    }

    /** R3: the matter now follows {@code to}. */
    MatterAssessment escalated(Procedure to) {
        return new MatterAssessment(to.name(), assessorMode, gradingScheme, assessmentDueBy, riskLevel);
    }
}
