package org.wenping.query.stats;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.stats.StatsFixtures.CATALOG;
import static org.wenping.query.stats.StatsFixtures.TODAY;
import static org.wenping.query.stats.StatsFixtures.supervisor;

class MonthlyTablePassTest {

    static MonthlyTable table(String readerJurisdiction, String prefix, String month) {
        return table(readerJurisdiction, prefix, month, JurisdictionNames.bundled());
    }

    static MonthlyTable table(String readerJurisdiction, String prefix, String month, JurisdictionNames names) {
        return MonthlyTablePass.over(CATALOG.visibleTo(supervisor(readerJurisdiction)), YearMonth.parse(month),
                readerJurisdiction, prefix, TODAY, names);
    }

    final MonthlyTable march = table("620900", "6209", "2026-03");

    MonthlyRow row(MonthlyTable table, String jurisdiction) {
        return table.rows().stream().filter(row -> row.jurisdiction().equals(jurisdiction)).findFirst().orElseThrow();
    }

    @Test
    void hasARowForEveryNamedCountyOfTheCityInCodeOrder() {
        assertThat(march.title()).isEqualTo("社会稳定风险评估情况统计表(2026年3月)");
        assertThat(march.rows()).extracting(MonthlyRow::jurisdiction).containsExactly("620900", "620902", "620921",
                "620922", "620923", "620924", "620981", "620982");
        assertThat(march.rows()).extracting(MonthlyRow::name).containsExactly("酒泉市本级", "肃州区", "金塔县",
                "瓜州县", "肃北蒙古族自治县", "阿克塞哈萨克族自治县", "玉门市", "敦煌市");
        assertThat(march.columns()).extracting(MonthlyColumn::header).startsWith("评估事项数", "重大决策", "重大政策")
                .endsWith("第三方评估", "按时报备", "迟报", "漏报", "不稳定事件", "案件列入评估", "案件裁决", "化解后裁决");
    }

    @Test
    void countsWhatWasRegisteredDecidedAndDueInTheMonth() {
        MonthlyRow suzhou = row(march, "620902");
        assertThat(suzhou.count("assessed")).isEqualTo(2);
        assertThat(suzhou.count("category.POLICY")).isEqualTo(1);
        assertThat(suzhou.count("category.PROJECT")).isEqualTo(1);
        assertThat(suzhou.count("level.LOW")).isEqualTo(2);
        assertThat(suzhou.count("decision.IMPLEMENT")).isEqualTo(1);
        assertThat(suzhou.count("decision.PARTIAL")).isEqualTo(1);
        assertThat(suzhou.count("assessmentNotUsed")).isEqualTo(1);
        assertThat(suzhou.count("thirdParty")).isEqualTo(1);
        assertThat(suzhou.count("filing.ON_TIME")).isEqualTo(1);
        assertThat(suzhou.count("filing.MISSING")).isEqualTo(1);
        assertThat(suzhou.count("incidents")).isEqualTo(1);
        // m3 was registered in February but decided and filed (late) in March.
        MonthlyRow dunhuang = row(march, "620982");
        assertThat(dunhuang.count("assessed")).isZero();
        assertThat(dunhuang.count("decision.REJECT")).isEqualTo(1);
        assertThat(dunhuang.count("assessmentNotUsed")).isZero();
        assertThat(dunhuang.count("filing.LATE")).isEqualTo(1);
        assertThat(dunhuang.count("incidents")).isZero();
        assertThat(row(march, "620900").count("level.NONE")).isEqualTo(1);
        assertThat(row(march, "620921").counts().values()).containsOnly(0);
    }

    @Test
    void theTotalRowAddsUpEveryColumn() {
        MonthlyRow total = march.total();
        assertThat(total.jurisdiction()).isEqualTo("620900");
        assertThat(total.name()).isEqualTo("合计");
        assertThat(total.count("assessed")).isEqualTo(3);
        assertThat(total.count("category.DECISION")).isEqualTo(1);
        assertThat(total.count("level.LOW")).isEqualTo(2);
        assertThat(total.count("level.NONE")).isEqualTo(1);
        assertThat(total.count("decision.REJECT")).isEqualTo(1);
        assertThat(total.count("filing.ON_TIME") + total.count("filing.LATE") + total.count("filing.MISSING"))
                .isEqualTo(3);
        for (MonthlyColumn column : march.columns()) {
            int sum = march.rows().stream().mapToInt(row -> row.count(column.key())).sum();
            assertThat(total.count(column.key())).as(column.key()).isEqualTo(sum);
        }
    }

    @Test
    void aFilingDueTodayIsNeitherFiledNorMissingYet() {
        MonthlyTable april = table("620900", "6209", "2026-04");
        MonthlyRow jinta = row(april, "620921");
        assertThat(jinta.count("assessed")).isEqualTo(1);
        assertThat(jinta.count("decision.IMPLEMENT")).isEqualTo(1);
        assertThat(jinta.count("filing.MISSING")).isZero();
        assertThat(april.total().count("assessed")).isEqualTo(1);
    }

    @Test
    void aCountyReaderGetsItsOwnRowOnlyAndUnnamedCodesAppearByCode() throws IOException {
        MonthlyTable suzhou = table("620902", "620902", "2026-03");
        assertThat(suzhou.rows()).extracting(MonthlyRow::jurisdiction).containsExactly("620902");
        assertThat(suzhou.total().counts()).isEqualTo(suzhou.rows().get(0).counts());
        JurisdictionNames jiuquanOnly = JurisdictionNames.read(new StringReader("620900\t酒泉市\n620902\t肃州区\n"), "test");
        MonthlyTable province = table("620000", "62", "2026-03", jiuquanOnly);
        assertThat(province.rows()).extracting(MonthlyRow::jurisdiction).contains("621002");
        assertThat(row(province, "621002").name()).isEqualTo("621002");
        assertThat(row(table("620000", "62", "2026-03"), "621002").name()).isEqualTo("西峰区");
        assertThat(province.total().count("assessed")).isEqualTo(4);
    }
}
