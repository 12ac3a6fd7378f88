package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when the responsible unit assigns the matter its risk level (定级) in the grading scheme recorded at
 * 立项, with its reasons. A later grade supersedes the earlier one; after a re-assessment (R7) a new grade is
 * required before the decision.
 *
 * @param level a level of {@code scheme}, never of another scheme
 * @param gradedOn the business date of the grading
 */
@Revision("1")
public record RiskGradedEvent(
        MatterId matterId,
        GradingScheme scheme,
        RiskLevel level,
        List<String> reasons,
        LocalDate gradedOn) implements MatterEvent {

    public RiskGradedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
        Objects.requireNonNull(gradedOn, "gradedOn");
    }

    @Override
    public LocalDate businessDate() {
        return gradedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
