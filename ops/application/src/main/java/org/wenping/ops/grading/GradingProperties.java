package org.wenping.ops.grading;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wenping.kernel.matter.GradingScheme;

import java.util.Map;

/**
 * {@code wenping.grading.schemes.<jurisdiction prefix>=ABC|THREE_LEVEL|FOUR_LEVEL}; the longest matching
 * prefix wins, and {@code wenping.grading.default-scheme} (THREE_LEVEL) applies elsewhere.
 */
@ConfigurationProperties("wenping.grading")
record GradingProperties(@DefaultValue("THREE_LEVEL") GradingScheme defaultScheme,
                         Map<String, GradingScheme> schemes) {
    GradingProperties {
        schemes = schemes == null ? Map.of() : Map.copyOf(schemes);
    }
}
