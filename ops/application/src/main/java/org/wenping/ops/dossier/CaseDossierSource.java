package org.wenping.ops.dossier;

import org.springframework.stereotype.Component;
import org.wenping.kernel.RecordEvent;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.query.dossier.ActorView;
import org.wenping.query.history.EventHistory;
import org.wenping.query.history.HistoryEntry;
import org.wenping.query.web.QueryRefusedException;
import org.wenping.query.web.ReaderScope;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A case (政法办案风险评估, seed 004 篇4) as its dossier export and 四性 report see it. The query side has no case
 * dossier or accountability timeline yet, so the page shows the listing's facts and every step from the stream.
 */
@Component
class CaseDossierSource implements DossierSource {
    private final EventHistory history;

    CaseDossierSource(EventHistory history) {
        this.history = history;
    }

    @Override
    public List<HistoryEntry> visibleHistory(String recordId) {
        List<HistoryEntry> entries = history.of(recordId);
        ReaderScope.requireVisible(listing(entries)
                .orElseThrow(() -> QueryRefusedException.notFound("CASE_NOT_FOUND", "未找到案件 " + recordId)).jurisdiction());
        return entries;
    }

    @Override
    public PrintedDossier printed(List<HistoryEntry> entries) {
        CaseListedEvent listed = listing(entries).orElseThrow();
        List<PrintedDossier.Fact> facts = new ArrayList<>();
        facts.add(new PrintedDossier.Fact("案号", listed.caseNumber()));
        facts.add(new PrintedDossier.Fact("办案机关", listed.organUnit() + "(" + listed.organ().label() + ")"));
        facts.add(new PrintedDossier.Fact("案件类别", listed.caseClass().label()));
        facts.add(new PrintedDossier.Fact("承办人 / 分管领导 / 主要领导", listed.handler() + " / " + listed.caseLead() + " / " + listed.organHead()));
        facts.add(new PrintedDossier.Fact("简要案情", listed.summary()));
        facts.add(new PrintedDossier.Fact("列为评估对象时的诉讼阶段", listed.stage().label()));
        facts.add(new PrintedDossier.Fact("行政区划", listed.jurisdiction().value()));
        facts.add(new PrintedDossier.Fact("受理日期 / 列为评估对象日期", listed.acceptedOn() + " / " + listed.listedOn()));
        List<PrintedDossier.Step> steps = entries.stream().map(entry -> new PrintedDossier.Step(entry.sequence(),
                entry.globalPosition(), Objects.toString(entry.recordedAt()),
                entry.event() == null ? "" : Objects.toString(entry.event().businessDate(), ""), actor(entry),
                entry.event() == null ? entry.type() : actionOf(entry.event()).map(Action::label).orElse(entry.type()), "",
                entry.hash())).toList();
        return new PrintedDossier("政法办案风险评估卷宗 " + listed.caseNumber(), facts, steps, List.of());
    }

    /** A case is listed before anything else is recorded on it (seed 004 篇4: 确定评估对象). */
    @Override
    public List<String> missingSteps(List<HistoryEntry> entries) {
        return listing(entries).isPresent() ? List.of() : List.of("列为评估对象");
    }

    @Override
    public Optional<Action> actionOf(RecordEvent event) {
        return event instanceof CaseEvent caseEvent ? Optional.of(caseEvent.accept(CaseActions.INSTANCE)) : Optional.empty();
    }

    private static Optional<CaseListedEvent> listing(List<HistoryEntry> entries) {
        return entries.stream().map(HistoryEntry::event).filter(CaseListedEvent.class::isInstance)
                .map(CaseListedEvent.class::cast).findFirst();
    }

    private static String actor(HistoryEntry entry) {
        ActorView actor = ActorView.of(entry.actor());
        return actor == null ? "(未记录)" : actor.displayName() + "(" + actor.roleLabel() + "," + actor.unit() + ")";
    }
}
