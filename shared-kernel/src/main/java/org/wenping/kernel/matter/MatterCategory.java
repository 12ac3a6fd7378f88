package org.wenping.kernel.matter;

/** The kinds of 重大事项 named in seeds 002, 003 and 004. */
public enum MatterCategory {
    DECISION("重大决策"),
    POLICY("重大政策"),
    PROJECT("重大工程项目"),
    REFORM("重大改革"),
    ACTIVITY("重大活动");

    private final String label;

    MatterCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
