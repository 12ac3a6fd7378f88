package org.wenping.query.reports;

import org.wenping.kernel.reports.ReportKind;

/** What is due to the 维稳办: the yearly list, the two monthly reports, and 报备 the day after a decision (R6). */
enum DeadlineKind {
    YEARLY_LIST("年度评估计划表"),
    STATISTICS_TABLE("统计表"),
    PROGRESS_REPORT("工作进展情况报告表"),
    DECISION_FILING("决策报备");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    static DeadlineKind of(ReportKind kind) {
        return switch (kind) {
            case STATISTICS_TABLE -> STATISTICS_TABLE;
            case PROGRESS_REPORT -> PROGRESS_REPORT;
        };
    }

    String label() {
        return label;
    }
}
