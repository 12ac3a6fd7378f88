package org.wenping.command.grading;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.GradingScheme;

/** The grading scheme in force in a jurisdiction (configured in ops; THREE_LEVEL unless configured otherwise). */
@FunctionalInterface
public interface GradingSchemePolicy {
    GradingScheme schemeFor(JurisdictionCode jurisdiction);
}
