package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when a panel drawn from the 专家库 has reviewed the assessment report (组织评审, seed 002). Only panels
 * without conflicts of interest are accepted (R5 回避).
 *
 * @param panel the experts who sat on the panel
 * @param opinions the opinions the panel recorded
 * @param reviewedOn the business date of the review meeting
 */
@Revision("1")
public record ReportReviewedEvent(
        MatterId matterId,
        List<ExpertId> panel,
        List<String> opinions,
        ReviewConclusion conclusion,
        LocalDate reviewedOn) implements MatterEvent {

    public ReportReviewedEvent {
        Objects.requireNonNull(matterId, "matterId");
        panel = List.copyOf(panel);
        opinions = List.copyOf(opinions);
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(reviewedOn, "reviewedOn");
    }

    @Override
    public LocalDate businessDate() {
        return reviewedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
