package org.wenping.kernel.matter;

/** What the 决策机关 decides (seeds 001 第五篇, 004 篇3). */
public enum Decision {
    IMPLEMENT("实施"),
    PARTIAL("部分实施"),
    POSTPONE("暂缓实施"),
    REJECT("不予实施");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    /** The zh-CN name shown to users. */
    public String label() {
        return label;
    }
}
