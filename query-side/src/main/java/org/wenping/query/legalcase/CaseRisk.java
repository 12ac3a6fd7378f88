package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assessment of the case's risk in its current procedural stage (评估, 定级, 化解). A new stage starts it over
 * (R8: re-assessed at each stage); {@code underAssessment} stays once set.
 *
 * @param underAssessment     assessed in some stage, or 重大疑难复杂 (assessed from acceptance): R8 then holds
 *                            every ruling until the risk of its stage is resolved
 * @param assessedDimensions  合法性/合理性/可控性 assessed in this stage
 * @param riskLevel           this stage's latest grade, null before one
 * @param riskResolved        风险已化解 in this stage
 * @param reassessments       how many stage changes re-opened the assessment
 */
public record CaseRisk(boolean underAssessment, List<String> assessedDimensions, String riskLevel, LocalDate gradedOn,
                       int openMeasures, boolean riskResolved, LocalDate resolvedOn, int reassessments) {
    static CaseRisk listed(boolean assessedFromAcceptance) {
        return new CaseRisk(assessedFromAcceptance, List.of(), null, null, 0, false, null, 0);
    }

    CaseRisk assessed(CaseDimension dimension) {
        List<String> dimensions = new ArrayList<>(assessedDimensions);
        if (!dimensions.contains(dimension.name())) dimensions.add(dimension.name());
        return new CaseRisk(true, List.copyOf(dimensions), riskLevel, gradedOn, openMeasures, riskResolved, resolvedOn,
                reassessments);
    }

    CaseRisk graded(RiskLevel level, LocalDate on) {
        return new CaseRisk(true, assessedDimensions, level.name(), on, openMeasures, riskResolved, resolvedOn,
                reassessments);
    }

    CaseRisk measureAdopted() {
        return withMeasures(openMeasures + 1);
    }

    CaseRisk measureCompleted() {
        return withMeasures(Math.max(0, openMeasures - 1));
    }

    CaseRisk resolved(LocalDate on) {
        return new CaseRisk(underAssessment, assessedDimensions, riskLevel, gradedOn, openMeasures, true, on,
                reassessments);
    }

    /** A new procedural stage: its risk is assessed, graded and resolved anew; open measures carry over. */
    CaseRisk reopened() {
        return new CaseRisk(underAssessment, List.of(), null, null, openMeasures, false, null, reassessments + 1);
    }

    /** The zh-CN name of this stage's grade (高, B级, 二级(风险较大) …), null before one. */
    @JsonProperty("riskLevelLabel")
    public String riskLevelLabel() {
        return riskLevel == null ? null : RiskLevel.valueOf(riskLevel).label();
    }

    /** The zh-CN names of the dimensions assessed in this stage (合法性, 合理性, 可控性), in their order. */
    @JsonProperty(value = "assessedDimensionLabels", access = JsonProperty.Access.READ_ONLY)
    public List<String> assessedDimensionLabels() {
        return assessedDimensions.stream().map(code -> CaseDimension.valueOf(code).label()).toList();
    }

    /** R8: a ruling in this stage must wait for the risk to be resolved. */
    boolean holdsRuling() {
        return underAssessment && !riskResolved;
    }

    private CaseRisk withMeasures(int open) {
        return new CaseRisk(underAssessment, assessedDimensions, riskLevel, gradedOn, open, riskResolved, resolvedOn,
                reassessments);
    }
}
