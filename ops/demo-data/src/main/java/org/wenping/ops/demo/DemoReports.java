package org.wenping.ops.demo;

import org.wenping.command.reports.SubmitMonthlyReportCommand;
import org.wenping.kernel.reports.MonthlyReportId;
import org.wenping.kernel.reports.ReportFigure;
import org.wenping.kernel.reports.ReportKind;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly reports of the demo's three largest units: the 统计表 of January to October (by the 7th of the
 * month after) and the progress report of January to November (by the 20th), with the figures the record holds
 * when each is submitted. The first unit's March 统计表 comes late (迟报), the second unit's July progress report
 * never (漏报), and the third unit's August 统计表 reports one decision fewer than it made (瞒报嫌疑).
 */
final class DemoReports {
    static final YearMonth LATE = YearMonth.of(DemoLists.YEAR, 3);
    static final YearMonth MISSING = YearMonth.of(DemoLists.YEAR, 7);
    static final YearMonth CONCEALED = YearMonth.of(DemoLists.YEAR, 8);

    private DemoReports() {
    }

    static List<DemoStep> steps(List<DemoLists.UnitList> lists, List<DemoAct> acts, DemoActors actors) {
        List<DemoStep> steps = new ArrayList<>();
        for (int u = 0; u < Math.min(3, lists.size()); u++) {
            DemoLists.UnitList unit = lists.get(u);
            for (int m = 1; m <= 11; m++) {
                YearMonth month = YearMonth.of(DemoLists.YEAR, m);
                if (m <= 10) {
                    LocalDate on = u == 0 && month.equals(LATE) ? month.plusMonths(1).atDay(9) : month.plusMonths(1).atDay(3 + u);
                    steps.add(step(unit, month, ReportKind.STATISTICS_TABLE, on, acts, actors,
                            u == 2 && month.equals(CONCEALED)));
                }
                if (u == 1 && month.equals(MISSING)) continue;
                LocalDate on = month.atDay(m == 11 ? 12 + u : 15 + u);
                steps.add(step(unit, month, ReportKind.PROGRESS_REPORT, on, acts, actors, false));
            }
        }
        return steps;
    }

    private static DemoStep step(DemoLists.UnitList unit, YearMonth month, ReportKind kind, LocalDate on,
                                 List<DemoAct> acts, DemoActors actors, boolean concealDecision) {
        Map<ReportFigure, Integer> figures = new EnumMap<>(ReportFigure.class);
        for (ReportFigure figure : kind.figures()) figures.put(figure, held(acts, unit.unit(), figure, month, on));
        if (concealDecision) figures.merge(ReportFigure.DECISIONS_MADE, -1, (held, less) -> Math.max(0, held + less));
        if (concealDecision && figures.get(ReportFigure.DECISIONS_MADE) == held(acts, unit.unit(),
                ReportFigure.DECISIONS_MADE, month, on)) {
            figures.merge(ReportFigure.MATTERS_REGISTERED, 1, Integer::sum);
        }
        MonthlyReportId id = MonthlyReportId.of(unit.place().jurisdiction(), unit.unit(), month, kind);
        return new DemoStep(id.value(), new SubmitMonthlyReportCommand(id, kind, unit.unit(), unit.place().jurisdiction(),
                month, figures, on), actors.assessor(), on, 0, "报送" + kind.label());
    }

    /** What the record holds for the figure when a report is submitted on {@code on}: the month's acts up to that day. */
    private static int held(List<DemoAct> acts, String unit, ReportFigure figure, YearMonth month, LocalDate on) {
        return (int) acts.stream().filter(act -> act.unit().equals(unit) && act.figure() == figure
                        && YearMonth.from(act.on()).equals(month) && !act.on().isAfter(on))
                .map(DemoAct::key).distinct().count();
    }
}
