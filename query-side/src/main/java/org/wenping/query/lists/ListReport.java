package org.wenping.query.lists;

import java.time.LocalDate;
import java.util.List;

/** The unit's view of its yearly list on a day: the summary, every item judged, and its 未备案 decisions (R11). */
record ListReport(LocalDate judgedOn, ListSummary summary, List<ItemReport> items,
                  List<UnlistedDecision> unlistedDecisions) {
}
