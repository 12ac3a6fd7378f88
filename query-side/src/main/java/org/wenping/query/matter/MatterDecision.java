package org.wenping.query.matter;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenping.kernel.matter.DecisionMadeEvent;

import java.time.LocalDate;

/**
 * The latest decision of the 决策机关 (决策) and its filing.
 *
 * @param code              the decision (IMPLEMENT …), stored and answered as {@code decision}; null before one
 * @param assessmentNotUsed 评而不用: the grading table does not allow this decision (R2)
 */
public record MatterDecision(@JsonProperty("decision") String code, LocalDate decidedOn, boolean assessmentNotUsed,
                             @JsonUnwrapped DecisionFiling filing) {
    static final MatterDecision PENDING = new MatterDecision(null, null, false, DecisionFiling.NOT_DUE);

    static MatterDecision made(DecisionMadeEvent made) {
        return new MatterDecision(made.decision().name(), made.decidedOn(), made.assessmentNotUsed(),
                DecisionFiling.dueBy(made.filingDeadline()));
    }

    MatterDecision filed(LocalDate on, boolean late) {
        return new MatterDecision(code, decidedOn, assessmentNotUsed, filing.filed(on, late));
    }

    /** Whether something that happened on {@code day} happened after the decision: on its day or later. */
    boolean precedes(LocalDate day) {
        return decidedOn != null && !day.isBefore(decidedOn);
    }
}
