package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Emitted when the organ rules on the case (裁决: 判决, 不起诉决定, 行政处罚决定 …) in its current procedural stage.
 * A ruling most of those heard do not understand or support is flagged 慎之又慎, never refused (seed 004 篇4).
 *
 * @param kind a kind the case's organ issues
 * @param stage the stage the ruling concludes
 * @param utmostCaution whether the ruling is flagged 慎之又慎: most opinions on record neither understand nor support
 *                      the handling
 * @param ruledOn the business date of the ruling
 */
@Revision("1")
public record CaseRulingMadeEvent(
        CaseId caseId,
        RulingKind kind,
        String summary,
        ProceduralStage stage,
        boolean utmostCaution,
        LocalDate ruledOn) implements CaseEvent {

    public CaseRulingMadeEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(ruledOn, "ruledOn");
    }

    @Override
    public LocalDate businessDate() {
        return ruledOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
