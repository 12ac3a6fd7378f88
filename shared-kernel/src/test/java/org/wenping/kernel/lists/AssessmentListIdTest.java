package org.wenping.kernel.lists;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentListIdTest {
    private static final JurisdictionCode DUNHUANG = new JurisdictionCode("620982");

    @Test
    void oneUnitHasOneListPerJurisdictionAndYear() {
        assertThat(AssessmentListId.of(DUNHUANG, "敦煌市发改委", 2026))
                .isEqualTo(AssessmentListId.of(DUNHUANG, " 敦煌市发改委 ", 2026))
                .isNotEqualTo(AssessmentListId.of(DUNHUANG, "敦煌市发改委", 2025))
                .isNotEqualTo(AssessmentListId.of(DUNHUANG, "敦煌市住建局", 2026))
                .isNotEqualTo(AssessmentListId.of(new JurisdictionCode("620981"), "敦煌市发改委", 2026));
        assertThat(AssessmentListId.of(DUNHUANG, "敦煌市发改委", 2026).value()).startsWith("list-620982-2026-").hasSize(33);
    }
}
