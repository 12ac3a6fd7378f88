package org.wenping.kernel.matter;

/** Which 报备 a filing receipt records. */
public enum FilingStage {
    /** Filed with the 维稳办 after the expert review and before the decision (R1 under 普通/特殊程序). */
    REVIEW("审查报备"),
    /** The report and the decision, filed by the day after the decision (R6). */
    DECISION("决策报备");

    private final String label;

    FilingStage(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
