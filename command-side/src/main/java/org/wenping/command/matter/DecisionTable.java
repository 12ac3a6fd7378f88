package org.wenping.command.matter;

import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.RiskLevel;

import java.util.EnumSet;
import java.util.Set;

import static org.wenping.kernel.matter.Decision.PARTIAL;
import static org.wenping.kernel.matter.Decision.POSTPONE;
import static org.wenping.kernel.matter.Decision.REJECT;

/**
 * R2 评用结合: the decisions the grading table of domain.md allows at each level. The table bounds how far
 * a decision may go towards implementation; a more cautious decision is always allowed.
 * <ul>
 * <li>THREE_LEVEL (seed 002): 低 any; 中 only after measures lower the level, so 暂缓/不予实施 until it is
 * re-graded; 高 不予实施 (adjusting the plan means re-grading, not deciding).</li>
 * <li>ABC (seed 004 篇1): A 不得实施; B 暂缓实施, and may be implemented once a 化解矛盾方案 with assigned
 * responsibility is on record (明确责任,制定化解矛盾方案后方可实施); C any.</li>
 * <li>FOUR_LEVEL (seed 004 篇3): 四级/三级 any; 二级 暂缓 or 部分实施 (or 不予实施); 一级 不予实施.</li>
 * </ul>
 */
final class DecisionTable {
    private DecisionTable() {
    }

    /**
     * @param resolutionPlanInPlace whether a mitigation measure naming its responsible unit and person was adopted
     */
    static Set<Decision> allowed(RiskLevel level, boolean resolutionPlanInPlace) {
        return switch (level) {
            case LOW, C, LEVEL_3, LEVEL_4 -> EnumSet.allOf(Decision.class);
            case B -> resolutionPlanInPlace ? EnumSet.allOf(Decision.class) : EnumSet.of(POSTPONE, REJECT);
            case MEDIUM -> EnumSet.of(POSTPONE, REJECT);
            case LEVEL_2 -> EnumSet.of(PARTIAL, POSTPONE, REJECT);
            case HIGH, A, LEVEL_1 -> EnumSet.of(REJECT);
        };
    }

    static boolean allows(RiskLevel level, Decision decision, boolean resolutionPlanInPlace) {
        return allowed(level, resolutionPlanInPlace).contains(decision);
    }
}
