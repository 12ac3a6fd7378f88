package org.wenping.query.matter;

/** Where a matter stands in its lifecycle, as the status view shows it. */
public enum MatterStage {
    /** 已立项 */
    REGISTERED("已立项"),
    /** 评估中 */
    ASSESSING("评估中");

    private final String label;

    MatterStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
