package org.wenping.query.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Computes {@link MatterStatistics} by adding up the {@link MatterCell}s in scope: the cost follows the number of
 * 行政区划 codes and years, not of matters. Periods count by the cell's year and the matters' months of 立项.
 */
final class MatterStatisticsSum {
    static final int POLICY_TARGET_PERCENT = 30;
    static final int THIRD_PARTY_TARGET_PERCENT = 50;

    private final LocalDate today;
    private final Counter years = new Counter();
    private final Counter jurisdictions = new Counter();
    private final Map<Figure, Counter> figures = new EnumMap<>(Figure.class);
    private final Map<Flag, List<String>> flagged = new EnumMap<>(Flag.class);

    private MatterStatisticsSum(LocalDate today) {
        this.today = today;
        for (Figure figure : Figure.values()) figures.put(figure, new Counter());
        for (Flag flag : Flag.values()) flagged.put(flag, new ArrayList<>());
    }

    static MatterStatistics over(Stream<MatterCell> cells, String readerJurisdiction, StatsFilter filter,
                                 LocalDate today, JurisdictionNames names) {
        MatterStatisticsSum sum = new MatterStatisticsSum(today);
        cells.filter(filter::covers).forEach(sum::add);
        return sum.result(readerJurisdiction, filter, names);
    }

    private void add(MatterCell cell) {
        int total = cell.count(Figure.TOTAL);
        if (total == 0) return; // every matter moved out: the cell stays, counting nothing
        years.add(String.valueOf(cell.year()), total);
        jurisdictions.add(cell.jurisdiction(), total);
        for (Count count : cell.counts()) figures.get(count.figure()).add(count.code(), count.count());
        for (Flagged flag : cell.flags()) if (flag.shownOn(today)) flagged.get(flag.flag()).add(flag.matterId());
    }

    private MatterStatistics result(String readerJurisdiction, StatsFilter filter, JurisdictionNames names) {
        Function<String, String> asIs = code -> code;
        int total = total(Figure.TOTAL);
        return new MatterStatistics(readerJurisdiction, filter.jurisdiction(), filter.year(), today, total,
                years.tallies(asIs, Counter.BY_CODE),
                figures.get(Figure.MONTH).tallies(asIs, Counter.BY_CODE),
                jurisdictions.tallies(names::bucket, Counter.BY_CODE),
                figures.get(Figure.UNIT).tallies(asIs, Counter.MOST_FIRST),
                figures.get(Figure.STAGE).tallies(StatsLabels.STAGES, Counter.BY_CODE),
                figures.get(Figure.CATEGORY).tallies(StatsLabels.CATEGORIES, Counter.BY_CODE),
                figures.get(Figure.RISK_LEVEL).tallies(StatsLabels.RISK_LEVELS, Counter.BY_CODE),
                figures.get(Figure.PROCEDURE).tallies(StatsLabels.PROCEDURES, Counter.BY_CODE),
                figures.get(Figure.DECISION).tallies(StatsLabels.DECISIONS, Counter.BY_CODE),
                TargetShare.of("政策类评估占比(含重大活动),目标≥30%", total(Figure.POLICY_TYPE), total, POLICY_TARGET_PERCENT),
                TargetShare.of("第三方机构评估占比,目标≥50%", total(Figure.THIRD_PARTY), total, THIRD_PARTY_TARGET_PERCENT),
                MatterSet.of("决策报备逾期未报(漏报)", flagged.get(Flag.UNFILED)),
                MatterSet.of("决策报备迟报", flagged.get(Flag.LATE_FILING)),
                MatterSet.of("评而不用(决策超出风险等级允许的范围)", flagged.get(Flag.ASSESSMENT_NOT_USED)),
                MatterSet.of("跟踪中尚有未化解风险", flagged.get(Flag.OPEN_RISK)),
                IncidentTally.of("决策后不稳定事件", total(Figure.INCIDENTS), flagged.get(Flag.INCIDENT)));
    }

    /** The count of a figure that has no codes (the number of matters, or of incidents). */
    private int total(Figure figure) {
        return figures.get(figure).total();
    }
}
