package org.wenping.kernel.matter;

/**
 * The risk grading scheme of a jurisdiction, recorded on the matter at 立项 so that a later change of
 * configuration never rewrites history.
 */
public enum GradingScheme {
    /** 高 / 中 / 低 (seed 002). */
    THREE_LEVEL("三级(高中低)"),
    /** A / B / C (seed 004 篇1). */
    ABC("ABC三级"),
    /** 一级 … 四级 (seed 004 篇3). */
    FOUR_LEVEL("四级");

    private final String label;

    GradingScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
