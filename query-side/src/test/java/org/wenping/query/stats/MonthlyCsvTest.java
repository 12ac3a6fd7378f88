package org.wenping.query.stats;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wenping.query.stats.StatsFixtures.CATALOG;
import static org.wenping.query.stats.StatsFixtures.TODAY;
import static org.wenping.query.stats.StatsFixtures.supervisor;

class MonthlyCsvTest {
    static final String HEADER = "行政区划代码,辖区,评估事项数,重大决策,重大政策,重大工程项目,重大改革,重大活动,"
            + "高风险,中风险,低风险,A级,B级,C级,一级(风险大),二级(风险较大),三级(风险较小),四级(无风险),未定级,"
            + "实施,部分实施,暂缓实施,不予实施,评而不用,第三方评估,按时报备,迟报,漏报,不稳定事件,案件列入评估,案件裁决,化解后裁决";
    // assessed 2 | POLICY 1, PROJECT 1 | LOW 2 | 实施 1, 部分实施 1 | 评而不用 1 | 第三方 1 | 按时 1, 漏报 1 | 事件 1
    static final String SUZHOU_MARCH = "2,0,1,1,0,0,0,0,2,0,0,0,0,0,0,0,0,1,1,0,0,1,1,1,0,1,1,0,0,0";

    final byte[] csv = MonthlyCsv.of(MonthlyTablePass.over(CATALOG.visibleTo(supervisor("620902")),
            YearMonth.of(2026, 3), "620902", "620902", TODAY, JurisdictionNames.bundled()));

    @Test
    void startsWithTheUtf8ByteOrderMarkSoExcelReadsChinese() {
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    }

    @Test
    void hasChineseHeadersOneRowPerJurisdictionAndTheTotalWithCrlfLines() {
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        assertThat(text.split("\r\n")).containsExactly(HEADER, "620902,肃州区," + SUZHOU_MARCH,
                "620902,合计," + SUZHOU_MARCH);
    }

    @Test
    void namesTheFileInChineseWithAnAsciiFallback() {
        assertThat(MonthlyCsv.disposition("2026-03")).isEqualTo("attachment; filename=\"tongjibiao-2026-03.csv\"; "
                + "filename*=UTF-8''%E7%BB%9F%E8%AE%A1%E8%A1%A8-2026-03.csv");
    }

    @Test
    void encodesEverythingButRfc5987AttrChars() {
        assertThat(MonthlyCsv.rfc5987("a b,c;\"d\"~!.csv")).isEqualTo("a%20b%2Cc%3B%22d%22~!.csv");
    }
}
