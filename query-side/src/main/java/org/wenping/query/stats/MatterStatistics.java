package org.wenping.query.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/stats}: every figure over the matters the reader may see, after the filters.
 * Periods count by the date of registration (立项). Overdue filings are judged on {@code asOf} (China time).
 *
 * @param readerJurisdiction     the reader's own 行政区划, which bounds every figure (R9)
 * @param jurisdiction           the prefix filter asked for, or null
 * @param year                   the year filter asked for, or null
 * @param byStage                every stage of the lifecycle in its order, zero or not
 * @param policyShare            政策类 (重大政策 and 重大活动, seed 002) against ≥ 30 %
 * @param thirdPartyShare        委托第三方 against ≥ 50 % (seed 002)
 * @param overdueFilings         漏报: decision filing deadline passed unfiled (R6)
 * @param lateFilings            迟报: filed after the deadline (R6)
 * @param assessmentNotUsed      评而不用: the latest decision is one the grading table does not allow (R2)
 * @param openRisks              under 跟踪 or 再评估 with measures still open or incidents on record
 * @param incidentsAfterDecision incidents on matters that have a decision; the status view keeps a count and no
 *                               dates, so an incident reported before such a matter's decision counts too
 */
record MatterStatistics(
        String readerJurisdiction, String jurisdiction, Integer year, LocalDate asOf, int total,
        List<Tally> byYear, List<Tally> byMonth, List<Tally> byJurisdiction, List<Tally> byResponsibleUnit,
        List<Tally> byStage, List<Tally> byCategory, List<Tally> byRiskLevel, List<Tally> byProcedure, List<Tally> byDecision,
        TargetShare policyShare, TargetShare thirdPartyShare,
        MatterSet overdueFilings, MatterSet lateFilings, MatterSet assessmentNotUsed, MatterSet openRisks, IncidentTally incidentsAfterDecision) {
}
