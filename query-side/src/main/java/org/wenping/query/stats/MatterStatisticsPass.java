package org.wenping.query.stats;

import org.wenping.query.matter.MatterStage;
import org.wenping.query.matter.MatterStatusView;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Computes {@link MatterStatistics} in one walk over the views: each view adds itself to every counter at
 * once, so the cost is one pass over the catalog whatever the number of figures.
 */
final class MatterStatisticsPass implements Consumer<MatterStatusView> {
    static final int POLICY_TARGET_PERCENT = 30;
    static final int THIRD_PARTY_TARGET_PERCENT = 50;

    private final LocalDate today;
    private final JurisdictionNames names;
    private final Counter years = new Counter();
    private final Counter months = new Counter();
    private final Counter jurisdictions = new Counter();
    private final Counter units = new Counter();
    private final Counter stages = new Counter();
    private final Counter categories = new Counter();
    private final Counter levels = new Counter();
    private final Counter procedures = new Counter();
    private final Counter decisions = new Counter();
    private final List<String> overdue = new ArrayList<>();
    private final List<String> late = new ArrayList<>();
    private final List<String> assessmentNotUsed = new ArrayList<>();
    private final List<String> openRisks = new ArrayList<>();
    private final List<String> incidentMatters = new ArrayList<>();
    private int total;
    private int policyType;
    private int thirdParty;
    private int incidents;

    private MatterStatisticsPass(LocalDate today, JurisdictionNames names) {
        this.today = today;
        this.names = names;
    }

    static MatterStatistics over(Stream<MatterStatusView> views, String readerJurisdiction, StatsFilter filter,
                                 LocalDate today, JurisdictionNames names) {
        MatterStatisticsPass pass = new MatterStatisticsPass(today, names);
        views.filter(filter).forEach(pass);
        return pass.result(readerJurisdiction, filter);
    }

    @Override
    public void accept(MatterStatusView view) {
        total++;
        years.add(String.valueOf(view.registration().registeredOn().getYear()));
        months.add(YearMonth.from(view.registration().registeredOn()).toString());
        jurisdictions.add(view.facts().jurisdiction());
        units.add(view.facts().responsibleUnit());
        stages.add(view.progress().stage().name());
        categories.add(view.facts().category());
        levels.add(view.assessment().riskLevel());
        procedures.add(view.assessment().procedure());
        decisions.add(view.decision().code());
        if (StatsLabels.POLICY_TYPE.contains(view.facts().category())) policyType++;
        if (StatsLabels.THIRD_PARTY.equals(view.assessment().assessorMode())) thirdParty++;
        if (view.decision().filing().overdueOn(today)) overdue.add(view.id());
        if (view.decision().filing().decisionFiledLate()) late.add(view.id());
        if (view.decision().assessmentNotUsed()) assessmentNotUsed.add(view.id());
        if (hasOpenRisk(view)) openRisks.add(view.id());
        if (view.tracking().incidentsAfterDecision() > 0) {
            incidents += view.tracking().incidentsAfterDecision();
            incidentMatters.add(view.id());
        }
    }

    static boolean hasOpenRisk(MatterStatusView view) {
        MatterStage stage = view.progress().stage();
        boolean tracked = stage == MatterStage.TRACKING || stage == MatterStage.REASSESSING;
        return tracked && (view.tracking().openMeasures() > 0 || view.tracking().incidents() > 0);
    }

    private MatterStatistics result(String readerJurisdiction, StatsFilter filter) {
        Function<String, String> asIs = code -> code;
        return new MatterStatistics(readerJurisdiction, filter.jurisdiction(), filter.year(), today, total,
                years.tallies(asIs, Counter.BY_CODE),
                months.tallies(asIs, Counter.BY_CODE),
                jurisdictions.tallies(names::bucket, Counter.BY_CODE),
                units.tallies(asIs, Counter.MOST_FIRST),
                stages.tallies(StatsLabels.STAGES, Counter.BY_CODE),
                categories.tallies(StatsLabels.CATEGORIES, Counter.BY_CODE),
                levels.tallies(StatsLabels.RISK_LEVELS, Counter.BY_CODE),
                procedures.tallies(StatsLabels.PROCEDURES, Counter.BY_CODE),
                decisions.tallies(StatsLabels.DECISIONS, Counter.BY_CODE),
                TargetShare.of("政策类评估占比(含重大活动),目标≥30%", policyType, total, POLICY_TARGET_PERCENT),
                TargetShare.of("第三方机构评估占比,目标≥50%", thirdParty, total, THIRD_PARTY_TARGET_PERCENT),
                MatterSet.of("决策报备逾期未报(漏报)", overdue),
                MatterSet.of("决策报备迟报", late),
                MatterSet.of("评而不用(决策超出风险等级允许的范围)", assessmentNotUsed),
                MatterSet.of("跟踪中尚有未化解风险", openRisks),
                IncidentTally.of("决策后不稳定事件", incidents, incidentMatters));
    }
}
