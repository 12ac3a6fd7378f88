package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.RulingKind;

import java.time.LocalDate;

/**
 * The latest ruling (裁决) on the case.
 *
 * @param code                 the ruling's kind (JUDGMENT …), answered as {@code ruling}; null before one
 * @param utmostCaution        flagged 慎之又慎: most opinions on record neither understand nor support the handling
 * @param resolvedBeforeRuling the case was under assessment and its risk resolved in the stage before the ruling (R8)
 */
public record CaseRuling(@JsonProperty("ruling") String code, LocalDate ruledOn, String rulingStage,
                         boolean utmostCaution, boolean resolvedBeforeRuling) {
    static final CaseRuling PENDING = new CaseRuling(null, null, null, false, false);

    static CaseRuling made(CaseRulingMadeEvent made, CaseRisk risk) {
        return new CaseRuling(made.kind().name(), made.ruledOn(), made.stage().name(), made.utmostCaution(),
                risk.underAssessment() && risk.riskResolved());
    }

    /** The ruling's zh-CN name (判决, 不起诉决定 …), answered as {@code rulingLabel} beside {@code ruling}; null before one. */
    @JsonProperty("rulingLabel")
    public String label() {
        return code == null ? null : RulingKind.valueOf(code).label();
    }
}
