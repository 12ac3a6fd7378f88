package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when one dimension of the case's risk has been assessed in its current procedural stage (合法性, 合理性,
 * 可控性; seed 004 篇4), with the findings and the forms the risk may take. A later assessment of the same dimension
 * in the same stage supersedes the earlier one; both stay on record.
 *
 * @param predictedForms the forms the risk is predicted to take, empty when none is foreseen
 * @param assessedOn the business date the assessment was concluded
 */
@Revision("1")
public record CaseDimensionAssessedEvent(
        CaseId caseId,
        CaseDimension dimension,
        String findings,
        List<PredictedForm> predictedForms,
        LocalDate assessedOn) implements CaseEvent {

    public CaseDimensionAssessedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(findings, "findings");
        predictedForms = List.copyOf(predictedForms);
        Objects.requireNonNull(assessedOn, "assessedOn");
    }

    @Override
    public LocalDate businessDate() {
        return assessedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
