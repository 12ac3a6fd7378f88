package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when the case's risk in its current procedural stage is graded in the scheme recorded at listing, with
 * its reasons. A later grade in the same stage supersedes the earlier one.
 *
 * @param level a level of {@code scheme}, never of another scheme
 * @param gradedOn the business date of the grading
 */
@Revision("1")
public record CaseRiskGradedEvent(
        CaseId caseId,
        GradingScheme scheme,
        RiskLevel level,
        List<String> reasons,
        LocalDate gradedOn) implements CaseEvent {

    public CaseRiskGradedEvent {
        Objects.requireNonNull(caseId, "caseId");
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
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
