package org.wenping.query.stats;

import org.junit.jupiter.api.Test;
import org.wenping.query.web.QueryRefusedException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.wenping.query.stats.StatsFixtures.CATALOG;
import static org.wenping.query.stats.StatsFixtures.TODAY;
import static org.wenping.query.stats.StatsFixtures.cells;
import static org.wenping.query.stats.StatsFixtures.supervisor;

class MatterStatisticsSumTest {

    static MatterStatistics stats(String readerJurisdiction, String jurisdiction, String year) {
        return MatterStatisticsSum.over(cells(CATALOG.visibleTo(supervisor(readerJurisdiction))), readerJurisdiction,
                StatsFilter.of(jurisdiction, year), TODAY, JurisdictionNames.bundled());
    }

    static List<Integer> counts(List<Tally> tallies) {
        return tallies.stream().map(Tally::count).toList();
    }

    final MatterStatistics city = stats("620900", null, null);

    @Test
    void countsTheMattersInsideTheReadersJurisdictionByPeriod() {
        assertThat(city.total()).isEqualTo(6);
        assertThat(city.readerJurisdiction()).isEqualTo("620900");
        assertThat(city.asOf()).isEqualTo(TODAY);
        assertThat(city.byYear()).containsExactly(new Tally("2025", "2025", 1), new Tally("2026", "2026", 5));
        assertThat(city.byMonth()).extracting(Tally::code, Tally::count)
                .containsExactly(tuple("2025-12", 1), tuple("2026-02", 1), tuple("2026-03", 3), tuple("2026-04", 1));
    }

    @Test
    void countsByJurisdictionWithNamesAndByUnitLargestFirst() {
        assertThat(city.byJurisdiction()).containsExactly(new Tally("620900", "酒泉市本级", 1),
                new Tally("620902", "肃州区", 2), new Tally("620921", "金塔县", 1), new Tally("620982", "敦煌市", 2));
        assertThat(city.byResponsibleUnit()).extracting(Tally::code, Tally::count).containsExactly(
                tuple("敦煌市人民政府", 2), tuple("肃州区发改局", 2), tuple("酒泉市发改委", 1), tuple("金塔县自然资源局", 1));
    }

    @Test
    void countsByCategoryLevelProcedureAndDecisionWithZhLabelsAndZeros() {
        assertThat(city.byCategory()).extracting(Tally::code, Tally::label, Tally::count).containsExactly(
                tuple("DECISION", "重大决策", 1), tuple("POLICY", "重大政策", 1), tuple("PROJECT", "重大工程项目", 2),
                tuple("REFORM", "重大改革", 1), tuple("ACTIVITY", "重大活动", 1));
        assertThat(city.byRiskLevel()).extracting(Tally::code).startsWith("HIGH", "MEDIUM", "LOW").endsWith("NONE");
        assertThat(counts(city.byRiskLevel())).containsExactly(1, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1);
        assertThat(city.byRiskLevel().get(0).label()).isEqualTo("高风险");
        assertThat(city.byRiskLevel().get(10).label()).isEqualTo("未定级");
        assertThat(city.byProcedure()).extracting(Tally::label, Tally::count)
                .containsExactly(tuple("简易程序", 1), tuple("普通程序", 4), tuple("特殊(重点)程序", 1));
        assertThat(city.byStage()).extracting(Tally::label).containsExactly("已立项", "评估中", "已定级", "已决策",
                "跟踪中", "再评估中", "已办结");
        assertThat(counts(city.byStage()).stream().mapToInt(Integer::intValue).sum()).isEqualTo(city.total());
        assertThat(city.byDecision()).extracting(Tally::label, Tally::count).containsExactly(tuple("实施", 2),
                tuple("部分实施", 1), tuple("暂缓实施", 1), tuple("不予实施", 1), tuple("未决策", 1));
    }

    @Test
    void policyTypeIncludesActivitiesAndBothSharesAreHeldAgainstTheSeed002Targets() {
        assertThat(city.policyShare()).isEqualTo(
                new TargetShare("政策类评估占比(含重大活动),目标≥30%", 2, 6, 0.3333, 0.3, true));
        assertThat(city.thirdPartyShare()).isEqualTo(
                new TargetShare("第三方机构评估占比,目标≥50%", 3, 6, 0.5, 0.5, true));
    }

    @Test
    void aShareBelowItsTargetIsNotMetAndNothingToCountMeetsNothing() {
        MatterStatistics jinta = stats("620900", "620921", null);
        assertThat(jinta.policyShare().met()).isFalse();
        assertThat(jinta.thirdPartyShare()).extracting(TargetShare::count, TargetShare::share,
                TargetShare::met).containsExactly(0, 0.0, false);
        MatterStatistics none = stats("620900", "620923", null);
        assertThat(none.total()).isZero();
        assertThat(none.policyShare().met()).isFalse();
        assertThat(none.thirdPartyShare().share()).isZero();
    }

    @Test
    void flagsOverdueAndLateFilingsOpenRisksAndIncidentsAfterDecisions() {
        // m6's filing is due today: not overdue yet.
        assertThat(city.overdueFilings()).isEqualTo(new MatterSet("决策报备逾期未报(漏报)", 1, List.of("m2")));
        assertThat(city.lateFilings()).isEqualTo(new MatterSet("决策报备迟报", 1, List.of("m3")));
        assertThat(city.assessmentNotUsed()).isEqualTo(
                new MatterSet("评而不用(决策超出风险等级允许的范围)", 1, List.of("m2")));
        // m4 had an incident but is closed.
        assertThat(city.openRisks().matterIds()).containsExactly("m1", "m3");
        assertThat(city.incidentsAfterDecision()).isEqualTo(
                new IncidentTally("决策后不稳定事件", 4, 3, List.of("m1", "m3", "m4")));
    }

    @Test
    void tomorrowTheFilingDueTodayIsOverdue() {
        MatterStatistics tomorrow = MatterStatisticsSum.over(cells(CATALOG.visibleTo(supervisor("620900"))), "620900",
                StatsFilter.of(null, null), TODAY.plusDays(1), JurisdictionNames.bundled());
        assertThat(tomorrow.overdueFilings().matterIds()).containsExactly("m2", "m6");
    }

    @Test
    void aCountyReaderSeesOnlyItsCountyAndAProvinceReaderSeesEverything() {
        MatterStatistics suzhou = stats("620902", null, null);
        assertThat(suzhou.total()).isEqualTo(2);
        assertThat(suzhou.byJurisdiction()).extracting(Tally::code).containsExactly("620902");
        assertThat(suzhou.overdueFilings().matterIds()).containsExactly("m2");
        assertThat(suzhou.lateFilings().count()).isZero();
        assertThat(suzhou.assessmentNotUsed().matterIds()).containsExactly("m2");
        assertThat(stats("620900", "620982", null).assessmentNotUsed().count()).isZero();
        assertThat(stats("620000", null, null).total()).isEqualTo(7);
    }

    @Test
    void filtersByJurisdictionPrefixAndYearInsideTheReadersScope() {
        assertThat(stats("620900", "620982", null).total()).isEqualTo(2);
        assertThat(stats("620900", null, "2025").total()).isEqualTo(1);
        assertThat(stats("620900", "6209", "2026").byMonth()).extracting(Tally::code)
                .containsExactly("2026-02", "2026-03", "2026-04");
        // A prefix outside the reader's jurisdiction narrows to nothing instead of widening the scope.
        assertThat(stats("620902", "621002", null).total()).isZero();
        assertThat(stats("620900", "620982", "2026")).extracting(MatterStatistics::jurisdiction,
                MatterStatistics::year).containsExactly("620982", 2026);
    }

    @Test
    void refusesAMalformedJurisdictionOrYear() {
        assertThatThrownBy(() -> StatsFilter.of("6", null)).isInstanceOf(QueryRefusedException.class)
                .extracting(e -> ((QueryRefusedException) e).field()).isEqualTo("jurisdiction");
        assertThatThrownBy(() -> StatsFilter.of("62a9", null)).isInstanceOf(QueryRefusedException.class);
        assertThatThrownBy(() -> StatsFilter.of(null, "26")).isInstanceOf(QueryRefusedException.class)
                .extracting(e -> ((QueryRefusedException) e).field()).isEqualTo("year");
        assertThat(StatsFilter.of(" ", "")).isEqualTo(new StatsFilter(null, null));
    }
}
