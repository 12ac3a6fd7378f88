package org.wenping.query.stats;

import org.junit.jupiter.api.Test;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.*;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.query.legalcase.CaseStatusView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Case figures: by organ and class, rulings R8 holds back, rulings after resolution; the monthly table's case columns. */
class CaseStatisticsPassTest {
    static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    static final Actor HANDLER = new Actor("handler", "陈承办", Role.HANDLER, "肃州区人民法院", new JurisdictionCode("620902"));

    static CaseStatusView listed(String id, Organ organ, CaseClass caseClass) {
        return CaseStatusView.listed(new CaseListedEvent(new CaseId(id), "案号 " + id, organ, "单位", caseClass, "handler",
                "caselead", "organhead", "案情", List.of(), ProceduralStage.ACCEPTANCE, new JurisdictionCode("620902"),
                GradingScheme.THREE_LEVEL, MARCH_2, MARCH_2), HANDLER, Instant.parse("2026-03-02T02:00:00Z"));
    }

    static CaseStatusView resolvedAndRuled(String id) {
        return listed(id, Organ.COURT, CaseClass.PUBLIC_CONCERN).graded(RiskLevel.MEDIUM, MARCH_2).resolved(MARCH_2)
                .ruled(new CaseRulingMadeEvent(new CaseId(id), RulingKind.JUDGMENT, "判决", ProceduralStage.ACCEPTANCE,
                        false, MARCH_2.plusDays(3)));
    }

    final List<CaseStatusView> cases = List.of(
            listed("c-held", Organ.COURT, CaseClass.MAJOR_DIFFICULT_COMPLEX),
            resolvedAndRuled("c-ruled"),
            listed("c-police", Organ.PUBLIC_SECURITY, CaseClass.SEIZURE_AND_FREEZE));

    @Test
    void countsByOrganAndClassTheHeldBackAndTheResolvedBeforeRuling() {
        CaseStatistics stats = CaseStatisticsPass.over(cases.stream(), "620902", StatsFilter.of(null, "2026"), MARCH_2, JurisdictionNames.bundled());
        assertThat(stats.total()).isEqualTo(3);
        assertThat(stats.byOrgan()).contains(new Tally("COURT", "法院", 2), new Tally("PUBLIC_SECURITY", "公安", 1));
        assertThat(stats.byClass()).contains(new Tally("MAJOR_DIFFICULT_COMPLEX", "重大疑难复杂", 1));
        assertThat(stats.byRiskLevel()).contains(new Tally("MEDIUM", "中风险", 1), new Tally("NONE", "未定级", 2));
        assertThat(stats.heldBack().matterIds()).containsExactly("c-held");
        assertThat(stats.resolvedBeforeRuling().matterIds()).containsExactly("c-ruled");
        assertThat(CaseStatisticsPass.over(cases.stream(), "620902", StatsFilter.of(null, "2025"), MARCH_2, JurisdictionNames.bundled()).total()).isZero();
    }

    @Test
    void theMonthlyTableCountsCasesListedAndRuledOnTheirRow() {
        MonthlyTable march = MonthlyTablePass.over(Stream.empty(), cases.stream(), YearMonth.of(2026, 3), "620902",
                "620902", MARCH_2, JurisdictionNames.bundled());
        assertThat(march.total().count(MonthlyColumns.CASES_LISTED)).isEqualTo(3);
        assertThat(march.total().count(MonthlyColumns.CASES_RULED)).isEqualTo(1);
        assertThat(march.total().count(MonthlyColumns.CASES_RESOLVED_BEFORE_RULING)).isEqualTo(1);
        assertThat(march.rows()).singleElement().satisfies(row -> assertThat(row.count(MonthlyColumns.CASES_LISTED)).isEqualTo(3));
    }
}
