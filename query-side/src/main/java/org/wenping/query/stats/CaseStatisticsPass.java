package org.wenping.query.stats;

import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.query.legalcase.CaseStage;
import org.wenping.query.legalcase.CaseStatusView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/** Computes {@link CaseStatistics} in one walk over the case views. */
final class CaseStatisticsPass implements Consumer<CaseStatusView> {
    static final Map<String, String> ORGANS = labels(Organ.values(), Organ::label);
    static final Map<String, String> CLASSES = labels(CaseClass.values(), CaseClass::label);
    static final Map<String, String> STAGES = labels(CaseStage.values(), CaseStage::label);

    private final Counter organs = new Counter();
    private final Counter classes = new Counter();
    private final Counter levels = new Counter();
    private final Counter stages = new Counter();
    private final Counter jurisdictions = new Counter();
    private final List<String> heldBack = new ArrayList<>();
    private final List<String> resolvedBeforeRuling = new ArrayList<>();
    private final List<String> utmostCaution = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();
    private int total;

    static CaseStatistics over(Stream<CaseStatusView> views, String readerJurisdiction, StatsFilter filter,
                               LocalDate today, JurisdictionNames names) {
        CaseStatisticsPass pass = new CaseStatisticsPass();
        views.filter(filter::covers).forEach(pass);
        return new CaseStatistics(readerJurisdiction, filter.jurisdiction(), filter.year(), pass.total,
                pass.organs.tallies(ORGANS, Counter.BY_CODE),
                pass.classes.tallies(CLASSES, Counter.BY_CODE),
                pass.levels.tallies(StatsLabels.RISK_LEVELS, Counter.BY_CODE),
                pass.stages.tallies(STAGES, Counter.BY_CODE),
                pass.jurisdictions.tallies(names::bucket, Counter.BY_CODE),
                MatterSet.of("风险未化解、暂缓裁决", pass.heldBack),
                MatterSet.of("风险化解后裁决", pass.resolvedBeforeRuling),
                MatterSet.of("多数群众不理解不支持的裁决(慎之又慎)", pass.utmostCaution),
                MatterSet.of("已结案", pass.closed), today);
    }

    @Override
    public void accept(CaseStatusView view) {
        total++;
        organs.add(view.facts().organ());
        classes.add(view.facts().caseClass());
        levels.add(view.risk().riskLevel());
        stages.add(view.progress().stage().name());
        jurisdictions.add(view.facts().jurisdiction());
        if (view.heldBack()) heldBack.add(view.id());
        if (view.ruling().resolvedBeforeRuling()) resolvedBeforeRuling.add(view.id());
        if (view.ruling().utmostCaution()) utmostCaution.add(view.id());
        if (view.progress().stage() == CaseStage.CLOSED) closed.add(view.id());
    }

    private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(values).forEach(value -> labels.put(value.name(), label.apply(value)));
        return labels;
    }
}
