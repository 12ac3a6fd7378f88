package org.wenping.ops.dossier;

import org.springframework.stereotype.Component;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.query.accountability.AccountabilityTimeline;
import org.wenping.query.dossier.Dossier;
import org.wenping.query.dossier.DossierBuilder;
import org.wenping.query.dossier.DossierFacts;
import org.wenping.query.dossier.VisibleHistory;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.ReadClock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A matter (重大事项) as its dossier export and 四性 report see it. */
@Component
class MatterDossierSource implements DossierSource {
    private final EventHistory history;
    private final ReadClock clock;

    MatterDossierSource(EventHistory history, ReadClock clock) {
        this.history = history;
        this.clock = clock;
    }

    @Override
    public List<HistoryEntry> visibleHistory(String recordId) {
        return VisibleHistory.of(history, recordId);
    }

    @Override
    public PrintedDossier printed(List<HistoryEntry> entries) {
        Dossier<DossierFacts> dossier = DossierBuilder.build(entries, null).orElseThrow();
        AccountabilityTimeline timeline = AccountabilityTimeline.of(entries, clock.judgedOn(null));
        return MatterPrint.of(dossier, timeline);
    }

    /** R1 不评估不决策: a decision needs a grade, and under 普通/特殊程序 a report compiled, reviewed and filed. */
    @Override
    public List<String> missingSteps(List<HistoryEntry> entries) {
        Map<Class<? extends MatterEvent>, String> required = new LinkedHashMap<>();
        required.put(MatterRegisteredEvent.class, "立项");
        DossierFacts facts = DossierBuilder.build(entries, null).map(Dossier::facts).orElse(null);
        if (present(entries, DecisionMadeEvent.class)) {
            required.put(RiskGradedEvent.class, "定级");
            if (facts == null || facts.procedure() == null || !Procedure.SIMPLIFIED.name().equals(facts.procedure().code())) {
                required.put(ReportCompiledEvent.class, "编制评估报告");
                required.put(ReportReviewedEvent.class, "专家评审");
                required.put(ReportFiledEvent.class, "审查报备");
            }
        }
        List<String> missing = new ArrayList<>();
        required.forEach((type, step) -> {
            if (!present(entries, type)) missing.add(step);
        });
        return missing;
    }

    @Override
    public Optional<Action> actionOf(RecordEvent event) {
        return event instanceof MatterEvent matterEvent ? Optional.of(matterEvent.accept(MatterActions.INSTANCE)) : Optional.empty();
    }

    private static boolean present(List<HistoryEntry> entries, Class<? extends MatterEvent> type) {
        return entries.stream().anyMatch(entry -> type.isInstance(entry.event()));
    }
}
