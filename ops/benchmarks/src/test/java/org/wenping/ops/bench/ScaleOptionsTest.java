package org.wenping.ops.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScaleOptionsTest {

    @Test
    void casesDefaultToATenthOfTheMatters() {
        assertThat(ScaleOptions.parse().cases()).isEqualTo(10_000);
        assertThat(ScaleOptions.parse("--matters=2000").cases()).isEqualTo(200);
        assertThat(ScaleOptions.parse("--cases=7", "--matters=2000").cases()).isEqualTo(7);
    }

    @Test
    void refusesACaseCountThatIsNotAWholeNumberInChinese() {
        assertThatThrownBy(() -> ScaleOptions.parse("--cases=-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--cases 须为非负整数,而不是“-1”").hasMessageContaining("用法:");
        assertThatThrownBy(() -> ScaleOptions.parse("--cases=many")).hasMessageStartingWith("--cases 须为非负整数");
    }

    @Test
    void refusesCasesWithoutMattersToCarryThem() {
        assertThatThrownBy(() -> ScaleOptions.parse("--matters=0", "--cases=5")).hasMessageContaining("--matters 不能为 0");
        assertThat(ScaleOptions.parse("--matters=0").cases()).isZero();
    }
}
