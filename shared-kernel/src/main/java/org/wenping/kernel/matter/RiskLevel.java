package org.wenping.kernel.matter;

import java.util.Arrays;
import java.util.List;

/**
 * A risk level, always of one {@link GradingScheme}: a level of another scheme is never a valid grade for
 * a matter. {@link #isLow()} marks the levels under which 简易程序 may continue (R3): 低, C, 三级 and 四级.
 */
public enum RiskLevel {
    /** 高风险 (seed 002). */
    HIGH(GradingScheme.THREE_LEVEL, "高", false),
    /** 中风险 (seed 002). */
    MEDIUM(GradingScheme.THREE_LEVEL, "中", false),
    /** 低风险 (seed 002). */
    LOW(GradingScheme.THREE_LEVEL, "低", true),
    /** A级: 群众反映强烈,可能引发重大不稳定事件 (seed 004 篇1). */
    A(GradingScheme.ABC, "A级", false),
    /** B级: 群众反映较大,可能引发一般不稳定事件 (seed 004 篇1). */
    B(GradingScheme.ABC, "B级", false),
    /** C级: 仅可能引发个体矛盾纠纷 (seed 004 篇1). */
    C(GradingScheme.ABC, "C级", true),
    /** 一级: 风险大 (seed 004 篇3). */
    LEVEL_1(GradingScheme.FOUR_LEVEL, "一级(风险大)", false),
    /** 二级: 风险较大 (seed 004 篇3). */
    LEVEL_2(GradingScheme.FOUR_LEVEL, "二级(风险较大)", false),
    /** 三级: 风险较小 (seed 004 篇3). */
    LEVEL_3(GradingScheme.FOUR_LEVEL, "三级(风险较小)", true),
    /** 四级: 无风险 (seed 004 篇3). */
    LEVEL_4(GradingScheme.FOUR_LEVEL, "四级(无风险)", true);

    private final GradingScheme scheme;
    private final String label;
    private final boolean low;

    RiskLevel(GradingScheme scheme, String label, boolean low) {
        this.scheme = scheme;
        this.label = label;
        this.low = low;
    }

    public GradingScheme scheme() {
        return scheme;
    }

    public String label() {
        return label;
    }

    /** Whether the level counts as low risk, the only risk 简易程序 may carry (R3). */
    public boolean isLow() {
        return low;
    }

    public boolean belongsTo(GradingScheme other) {
        return scheme == other;
    }

    /** The levels of one scheme, from high to low. */
    public static List<RiskLevel> of(GradingScheme scheme) {
        return Arrays.stream(values()).filter(level -> level.scheme == scheme).toList();
    }
}
