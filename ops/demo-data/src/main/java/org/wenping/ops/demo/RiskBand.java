package org.wenping.ops.demo;

import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.Likelihood;
import org.wenping.kernel.matter.RiskFactor;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.Severity;

import java.util.List;
import java.util.Random;

/** A risk level independent of the grading scheme, so the demo runs whichever scheme 酒泉 is configured with. */
enum RiskBand {
    LOW, ELEVATED, HIGH;

    /** 低/C/三级 for LOW, 中/B/二级 for ELEVATED, 高/A/一级 for HIGH. */
    RiskLevel in(GradingScheme scheme) {
        List<RiskLevel> levels = RiskLevel.of(scheme);
        return switch (this) {
            case HIGH -> levels.get(0);
            case ELEVATED -> levels.get(1);
            case LOW -> levels.get(2);
        };
    }

    /** A risk factor of this band: likelier, graver and touching more people the higher the band. */
    RiskFactor factor(String description, Random random) {
        Likelihood likelihood = this == LOW ? Likelihood.LOW : Likelihood.MEDIUM;
        Severity severity = switch (this) {
            case HIGH -> Severity.SEVERE;
            case ELEVATED -> Severity.SIGNIFICANT;
            case LOW -> Severity.MINOR;
        };
        IncidentForm form = this == LOW ? IncidentForm.ONLINE_OPINION : IncidentForm.COLLECTIVE_PETITION;
        return new RiskFactor(description, likelihood, severity, 5 + random.nextInt(this == LOW ? 20 : 200), form);
    }
}
