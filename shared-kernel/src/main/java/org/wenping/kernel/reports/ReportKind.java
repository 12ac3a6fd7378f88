package org.wenping.kernel.reports;

import org.wenping.kernel.lists.Deadlines;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.wenping.kernel.reports.ReportFigure.DECISIONS_FILED;
import static org.wenping.kernel.reports.ReportFigure.DECISIONS_MADE;
import static org.wenping.kernel.reports.ReportFigure.INCIDENTS_REPORTED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_GRADED;
import static org.wenping.kernel.reports.ReportFigure.MATTERS_REGISTERED;

/** The two monthly reports a responsible unit owes the 维稳办, each with its figures and its deadline. */
public enum ReportKind {
    /** 重大决策社会风险评估情况统计表, for the month before, by the 7th (seed 002). */
    STATISTICS_TABLE("统计表", List.of(MATTERS_REGISTERED, MATTERS_GRADED, DECISIONS_MADE, INCIDENTS_REPORTED)),
    /** 工作进展情况报告表, by the 20th of the month (seed 004 篇3). */
    PROGRESS_REPORT("工作进展情况报告表", List.of(MATTERS_REGISTERED, MATTERS_GRADED, DECISIONS_MADE, DECISIONS_FILED));

    private final String label;
    private final List<ReportFigure> figures;

    ReportKind(String label, List<ReportFigure> figures) {
        this.label = label;
        this.figures = figures;
    }

    public String label() {
        return label;
    }

    /** The figures the report holds, in the order the form lists them. */
    public List<ReportFigure> figures() {
        return figures;
    }

    public LocalDate dueOn(YearMonth month) {
        return switch (this) {
            case STATISTICS_TABLE -> Deadlines.statisticsTable(month);
            case PROGRESS_REPORT -> Deadlines.progressReport(month);
        };
    }
}
