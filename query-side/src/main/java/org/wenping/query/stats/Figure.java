package org.wenping.query.stats;

/** What a matter counts towards in its cell ({@link MatterCell}): one code of each dimension, or a number. */
enum Figure {
    /** 事项总数: every matter counts 1. */
    TOTAL,
    /** 立项月份, as {@code 2026-03}. */
    MONTH,
    /** 责任单位. */
    UNIT,
    STAGE,
    CATEGORY,
    RISK_LEVEL,
    PROCEDURE,
    DECISION,
    /** 政策类 (重大政策 and 重大活动, seed 002). */
    POLICY_TYPE,
    /** 委托第三方评估. */
    THIRD_PARTY,
    /** 决策后不稳定事件: the number of incidents, not of matters. */
    INCIDENTS
}
