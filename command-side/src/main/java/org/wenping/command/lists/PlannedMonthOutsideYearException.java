package org.wenping.command.lists;

import org.wenping.command.domain.CommandRefusedException;

import java.time.YearMonth;

/** A yearly list plans only decisions of its own year. */
class PlannedMonthOutsideYearException extends CommandRefusedException {
    PlannedMonthOutsideYearException(YearMonth planned, int year) {
        super("LIST_PLANNED_MONTH_OUTSIDE_YEAR", Kind.UNPROCESSABLE, "plannedDecisionMonth",
                "计划决策月份 " + planned + " 不在清单年度 " + year + " 内");
    }
}
