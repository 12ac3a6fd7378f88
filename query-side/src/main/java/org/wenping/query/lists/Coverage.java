package org.wenping.query.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** 应评尽评率 (seed 002) for a year as judged on a day: per unit, per jurisdiction, and over everything visible. */
record Coverage(int year, LocalDate judgedOn, CoverageRow total, List<CoverageRow> jurisdictions, List<CoverageRow> units) {

    static Coverage of(int year, LocalDate judgedOn, List<ListSummary> lists) {
        CoverageRow total = CoverageRow.of("all", "合计", 0, 0);
        Map<String, CoverageRow> byJurisdiction = new TreeMap<>();
        List<CoverageRow> units = new ArrayList<>();
        for (ListSummary list : lists) {
            total = total.plus(list);
            byJurisdiction.merge(list.jurisdiction(), CoverageRow.of(list.jurisdiction(), list.jurisdiction(), 0, 0).plus(list),
                    (known, added) -> known.plus(list));
            units.add(CoverageRow.of(list.listId(), list.responsibleUnit(), 0, 0).plus(list));
        }
        return new Coverage(year, judgedOn, total, List.copyOf(byJurisdiction.values()), units);
    }
}
