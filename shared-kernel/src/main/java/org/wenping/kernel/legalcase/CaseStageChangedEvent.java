package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the case enters a new procedural stage (侦查 → 审查起诉 → 审判 → 执行, or the organ's own). It re-opens
 * the assessment: a case under assessment is assessed, graded and resolved again before a ruling in the new stage.
 *
 * @param changedOn the business date the case entered the new stage
 */
@Revision("1")
public record CaseStageChangedEvent(
        CaseId caseId,
        ProceduralStage from,
        ProceduralStage to,
        String reason,
        LocalDate changedOn) implements CaseEvent {

    public CaseStageChangedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(changedOn, "changedOn");
    }

    @Override
    public LocalDate businessDate() {
        return changedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
