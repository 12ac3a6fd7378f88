package org.wenping.kernel.matter;

/** Why a matter under 跟踪 returns to 评估/定级 (R7, seed 004 篇3 (八)). */
public enum ReassessmentTrigger {
    INCIDENT("发生不稳定事件"),
    NEW_MAJOR_RISK("出现新的重大风险");

    private final String label;

    ReassessmentTrigger(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
