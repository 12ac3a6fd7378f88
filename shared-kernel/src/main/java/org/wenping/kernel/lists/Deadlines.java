package org.wenping.kernel.lists;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What a responsible unit owes the 维稳办 and by when, as business dates (Asia/Shanghai). Due "by" a day means
 * on that day at the latest: arriving the day after is 迟报.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /** The yearly list (年度社会稳定风险评估计划表) by the end of March (seed 004 篇3). */
    public static LocalDate yearlyList(int year) {
        return LocalDate.of(year, 3, 31);
    }

    /** The 统计表 of a month by the 7th of the month after (上报上一个月…统计表,每月7日前, seed 002). */
    public static LocalDate statisticsTable(YearMonth month) {
        return month.plusMonths(1).atDay(7);
    }

    /** The progress report (工作进展情况报告表) of a month by the 20th of that month (每月20日前, seed 004 篇3). */
    public static LocalDate progressReport(YearMonth month) {
        return month.atDay(20);
    }

    /** 报备 of the report and the decision by the day after the decision (R6, seed 004 篇3). */
    public static LocalDate decisionFiling(LocalDate decidedOn) {
        return decidedOn.plusDays(1);
    }
}
