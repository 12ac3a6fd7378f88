package org.wenping.ops.demo;

import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;

import java.util.List;

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
}
