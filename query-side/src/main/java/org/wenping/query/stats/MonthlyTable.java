package org.wenping.query.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The 社会稳定风险评估情况统计表 of one month (due by the 7th of the next, seed 002): one row per 行政区划
 * under the reader's jurisdiction, then the total. What dates a matter into the month, per column:
 * 评估事项数, 类别, 风险等级, 第三方评估 and 不稳定事件 — registered (立项) in the month; 决策 — decided in the
 * month; 按时报备/迟报/漏报 — the decision's filing deadline (R6) falls in the month, 漏报 judged on {@code asOf}.
 */
record MonthlyTable(String title, String month, String readerJurisdiction, LocalDate asOf,
                    List<MonthlyColumn> columns, List<MonthlyRow> rows, MonthlyRow total) {
}
