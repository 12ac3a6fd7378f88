package org.wenping.query.matter;

/** Where a matter stands in its lifecycle, as the status view shows it. */
public enum MatterStage {
    REGISTERED("已立项"),
    ASSESSING("评估中"),
    GRADED("已定级"),
    DECIDED("已决策"),
    TRACKING("跟踪中"),
    REASSESSING("再评估中"),
    CLOSED("已办结");

    private final String label;

    MatterStage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
