package org.wenping.kernel.jurisdiction;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionCodeTest {
    private static final JurisdictionCode GANSU = new JurisdictionCode("620000");
    private static final JurisdictionCode JIUQUAN = new JurisdictionCode("620900");
    private static final JurisdictionCode SUZHOU_DISTRICT = new JurisdictionCode("620902");
    private static final JurisdictionCode LANZHOU = new JurisdictionCode("620100");

    @Test
    void aProvinceContainsItsCitiesAndACityItsCounties() {
        assertThat(GANSU.contains(JIUQUAN)).isTrue();
        assertThat(JIUQUAN.contains(SUZHOU_DISTRICT)).isTrue();
        assertThat(JIUQUAN.contains(JIUQUAN)).isTrue();
    }

    @Test
    void aCityDoesNotContainAnotherCityOrItsProvince() {
        assertThat(JIUQUAN.contains(LANZHOU)).isFalse();
        assertThat(JIUQUAN.contains(GANSU)).isFalse();
        assertThat(SUZHOU_DISTRICT.contains(JIUQUAN)).isFalse();
    }

    @Test
    void refusesAnythingButSixDigits() {
        assertThatThrownBy(() -> new JurisdictionCode("6209")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JurisdictionCode("62090a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JurisdictionCode(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingOfTheLongestConfiguredPrefixApplies() {
        Map<String, String> settings = Map.of("62", "province", "6209", "city");
        assertThat(SUZHOU_DISTRICT.mostSpecific(settings)).contains("city");
        assertThat(LANZHOU.mostSpecific(settings)).contains("province");
        assertThat(new JurisdictionCode("110000").mostSpecific(settings)).isEmpty();
    }
}
