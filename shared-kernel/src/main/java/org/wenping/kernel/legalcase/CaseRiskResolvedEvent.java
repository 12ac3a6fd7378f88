package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the case's risk in its current procedural stage is recorded as resolved (风险已化解), every measure
 * adopted for it carried out: only then may an assessed case be ruled on (R8).
 *
 * @param stage the stage whose risk was resolved
 * @param summary how the risk was resolved
 * @param resolvedOn the business date of the resolution
 */
@Revision("1")
public record CaseRiskResolvedEvent(
        CaseId caseId,
        ProceduralStage stage,
        String summary,
        LocalDate resolvedOn) implements CaseEvent {

    public CaseRiskResolvedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(resolvedOn, "resolvedOn");
    }

    @Override
    public LocalDate businessDate() {
        return resolvedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
