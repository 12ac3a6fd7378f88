package org.wenping.kernel.matter;

/** The dimensions of 分析论证 (seeds 000, 003); 安全性 where the scheme uses it (seed 004). */
public enum AssessmentDimension {
    LEGALITY("合法性"),
    REASONABLENESS("合理性"),
    FEASIBILITY("可行性"),
    CONTROLLABILITY("可控性"),
    SAFETY("安全性");

    private final String label;

    AssessmentDimension(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
