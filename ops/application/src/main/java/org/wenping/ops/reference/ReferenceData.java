package org.wenping.ops.reference;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.wenping.query.stats.JurisdictionNames;

import java.nio.file.Path;

/**
 * The 行政区划 names: the bundled GB/T 2260 file of 甘肃省, or {@code wenping.jurisdictions.names-file}
 * (UTF-8 {@code code<TAB>name} lines) for another province.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceData {
    @Bean
    JurisdictionNames jurisdictionNames(@Value("${wenping.jurisdictions.names-file:}") String file) {
        return file.isBlank() ? JurisdictionNames.bundled() : JurisdictionNames.from(Path.of(file));
    }
}
