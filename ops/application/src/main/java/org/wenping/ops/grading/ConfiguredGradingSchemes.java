package org.wenping.ops.grading;

import org.springframework.stereotype.Component;
import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.GradingScheme;

/** Resolves a jurisdiction's grading scheme by the longest configured code prefix. */
@Component
class ConfiguredGradingSchemes implements GradingSchemePolicy {
    private final GradingProperties properties;

    ConfiguredGradingSchemes(GradingProperties properties) {
        this.properties = properties;
    }

    @Override
    public GradingScheme schemeFor(JurisdictionCode jurisdiction) {
        return jurisdiction.mostSpecific(properties.schemes()).orElse(properties.defaultScheme());
    }
}
