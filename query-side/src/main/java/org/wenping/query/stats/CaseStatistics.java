package org.wenping.query.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer of {@code GET /api/stats/cases}: the 政法办案 cases the reader may see, after the filters (periods by the
 * date of listing for assessment).
 *
 * @param byRiskLevel          the grade of each case's current procedural stage (未定级 before one)
 * @param heldBack             rulings R8 holds back now: under assessment, not ruled on in the stage, risk unresolved
 * @param resolvedBeforeRuling ruled on after the risk of the stage was resolved (风险化解后裁决)
 * @param utmostCaution        rulings flagged 慎之又慎
 */
record CaseStatistics(String readerJurisdiction, String jurisdiction, Integer year, int total,
                      List<Tally> byOrgan, List<Tally> byClass, List<Tally> byRiskLevel, List<Tally> byStage,
                      List<Tally> byJurisdiction, MatterSet heldBack, MatterSet resolvedBeforeRuling,
                      MatterSet utmostCaution, MatterSet closed, LocalDate asOf) {
}
