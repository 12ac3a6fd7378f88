package org.wenping.query.stats;

import org.junit.jupiter.api.Test;
import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.stats.ViewBuilder.matter;

/**
 * The size issue 4 sets for {@code /api/stats}: 10 000 matters, folded into their cells and added up. Checks the figures only; the
 * time is the ops harness' to measure. Matter i: county i % 8, category i % 5, third party when i is even,
 * registered in 2025 in month i % 10 + 1, decided when i % 4 != 0, filing missing when i % 10 == 1,
 * late when i % 10 == 2, on time otherwise.
 */
class TenThousandMattersTest {
    static final String[] COUNTIES = {"620900", "620902", "620921", "620922", "620923", "620924", "620981", "620982"};
    static final String[] CATEGORIES = {"DECISION", "POLICY", "PROJECT", "REFORM", "ACTIVITY"};
    static final String[] DECISIONS = {null, "IMPLEMENT", "PARTIAL", "POSTPONE"};
    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);

    static List<MatterStatusView> views() {
        List<MatterStatusView> views = new ArrayList<>(10_000);
        for (int i = 0; i < 10_000; i++) {
            LocalDate registered = LocalDate.of(2025, i % 10 + 1, i % 28 + 1);
            ViewBuilder view = matter(String.format("m%05d", i)).in(COUNTIES[i % 8], "单位" + i % 20)
                    .category(CATEGORIES[i % 5]).registeredOn(registered).graded("LOW");
            if (i % 2 == 0) view.thirdParty();
            if (DECISIONS[i % 4] != null) {
                view.decided(DECISIONS[i % 4], registered.plusDays(30));
                if (i % 10 != 1) view.filed(registered.plusDays(i % 10 == 2 ? 35 : 31), i % 10 == 2);
                if (i % 3 == 0) view.tracking(MatterStage.TRACKING, i % 2, 1);
            }
            views.add(view.build());
        }
        return views;
    }

    final List<MatterStatusView> views = views();

    @Test
    void countsTenThousandMattersFromTheirCells() {
        MatterStatistics stats = MatterStatisticsSum.over(StatsFixtures.cells(views.stream()), "620900", StatsFilter.of(null, null), TODAY, JurisdictionNames.bundled());

        assertThat(stats.total()).isEqualTo(10_000);
        assertThat(stats.byYear()).containsExactly(new Tally("2025", "2025", 10_000));
        assertThat(stats.byMonth()).hasSize(10).allSatisfy(month -> assertThat(month.count()).isEqualTo(1_000));
        assertThat(stats.byJurisdiction()).hasSize(8).allSatisfy(county -> assertThat(county.count()).isEqualTo(1_250));
        assertThat(stats.byResponsibleUnit()).hasSize(20).allSatisfy(unit -> assertThat(unit.count()).isEqualTo(500));
        assertThat(MatterStatisticsSumTest.counts(stats.byCategory())).containsOnly(2_000);
        assertThat(MatterStatisticsSumTest.counts(stats.byDecision())).containsExactly(2_500, 2_500, 2_500, 0, 2_500);
        assertThat(stats.byRiskLevel()).filteredOn(level -> level.code().equals("LOW"))
                .extracting(Tally::count).containsExactly(10_000);
        assertThat(stats.policyShare()).extracting(TargetShare::count, TargetShare::share, TargetShare::met)
                .containsExactly(4_000, 0.4, true);
        assertThat(stats.thirdPartyShare()).extracting(TargetShare::count, TargetShare::met)
                .containsExactly(5_000, true);
        // i % 10 == 1 is odd, so i % 4 is 1 or 3: always decided.
        assertThat(stats.overdueFilings().count()).isEqualTo(1_000);
        // i % 10 == 2: decided unless i % 4 == 0, i.e. i % 20 == 12 (500 of the 1 000).
        assertThat(stats.lateFilings().count()).isEqualTo(500);
        long tracked = views.stream().filter(v -> v.progress().stage() == MatterStage.TRACKING).count();
        assertThat(stats.openRisks().count()).isEqualTo((int) tracked);
        assertThat(stats.incidentsAfterDecision().incidents()).isEqualTo((int) tracked);
        assertThat(stats.overdueFilings().matterIds()).isSorted();
    }

    @Test
    void theMonthlyTableOfTheSameTenThousandAddsUp() {
        MonthlyTable march = MonthlyTablePass.over(views.stream(), YearMonth.of(2025, 3), "620900", "6209", TODAY, JurisdictionNames.bundled());
        assertThat(march.rows()).hasSize(8);
        assertThat(march.total().count("assessed")).isEqualTo(1_000);
        assertThat(march.total().count("thirdParty")).isEqualTo(1_000);
        assertThat(march.total().count("level.LOW")).isEqualTo(1_000);
    }
}
