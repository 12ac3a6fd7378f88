package org.wenping.kernel.reports;

/** A figure of a monthly report; each counts what a unit's matters recorded with a business date in the month. */
public enum ReportFigure {
    MATTERS_REGISTERED("新立项事项数"),
    MATTERS_GRADED("完成评估定级事项数"),
    DECISIONS_MADE("作出决策事项数"),
    DECISIONS_FILED("决策报备数"),
    INCIDENTS_REPORTED("发生涉稳事件数");

    private final String label;

    ReportFigure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
