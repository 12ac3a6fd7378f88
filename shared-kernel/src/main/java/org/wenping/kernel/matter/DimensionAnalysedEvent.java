package org.wenping.kernel.matter;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when one dimension of the matter has been analysed and argued (分析论证 on 合法性, 合理性, 可行性, 可控性 or 安全性;
 * seeds 000, 003, 004), with the findings and the risk factors found. A later analysis of the same dimension
 * supersedes the earlier one; both stay on record.
 *
 * @param analysedOn the business date the analysis was concluded
 */
@Revision("1")
public record DimensionAnalysedEvent(
        MatterId matterId,
        AssessmentDimension dimension,
        String findings,
        List<RiskFactor> riskFactors,
        LocalDate analysedOn) implements MatterEvent {

    public DimensionAnalysedEvent {
        Objects.requireNonNull(matterId, "matterId");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(findings, "findings");
        riskFactors = List.copyOf(riskFactors);
        Objects.requireNonNull(analysedOn, "analysedOn");
    }

    @Override
    public LocalDate businessDate() {
        return analysedOn;
    }

    @Override
    public <R> R accept(MatterEventCases<R> cases) {
        return cases.on(this);
    }
}
