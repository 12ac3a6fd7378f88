package org.wenping.query.stats;

import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.matter.MatterStage;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The zh-CN names of the codes the status view stores (enum names of the kernel), in the kernel's order.
 * {@link Counter#NONE} stands for a value not given yet: 未定级, 未决策.
 */
final class StatsLabels {
    static final Map<String, String> STAGES = labels(MatterStage.values(), MatterStage::label, null);
    static final Map<String, String> CATEGORIES = labels(MatterCategory.values(), MatterCategory::label, null);
    static final Map<String, String> PROCEDURES = labels(Procedure.values(), Procedure::label, null);
    static final Map<String, String> DECISIONS = labels(Decision.values(), Decision::label, "未决策");
    static final Map<String, String> RISK_LEVELS = labels(RiskLevel.values(), StatsLabels::levelName, "未定级");

    /** The categories that count as 政策类: seed 002 says "重大政策类(包括重大活动等)". */
    static final List<String> POLICY_TYPE = List.of(MatterCategory.POLICY.name(), MatterCategory.ACTIVITY.name());
    static final String THIRD_PARTY = "THIRD_PARTY";

    private StatsLabels() {
    }

    static String of(Map<String, String> labels, String code) {
        return labels.getOrDefault(code, code);
    }

    /** 高/中/低 alone read as adjectives; the three-level scheme names them 高风险, 中风险, 低风险. */
    private static String levelName(RiskLevel level) {
        return level.scheme() == GradingScheme.THREE_LEVEL ? level.label() + "风险" : level.label();
    }

    /** The codes of one enum with their names, then {@link Counter#NONE} named {@code none} unless null. */
    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label, String none) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : values) labels.put(value.name(), label.apply(value));
        if (none != null) labels.put(Counter.NONE, none);
        return Collections.unmodifiableMap(labels);
    }
}
