package org.wenping.ops.dossier;

import org.wenping.query.accountability.AccountabilityStep;
import org.wenping.query.accountability.AccountabilityTimeline;
import org.wenping.query.dossier.ActorView;
import org.wenping.query.dossier.CodeLabel;
import org.wenping.query.dossier.Dossier;
import org.wenping.query.dossier.DossierEntry;
import org.wenping.query.dossier.DossierFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A matter's dossier and accountability timeline laid out for its printable page. */
final class MatterPrint {
    private MatterPrint() {
    }

    static PrintedDossier of(Dossier<DossierFacts> dossier, AccountabilityTimeline timeline) {
        DossierFacts f = dossier.facts();
        Map<String, AccountabilityStep> steps = timeline.steps().stream()
                .collect(Collectors.toMap(AccountabilityStep::eventId, Function.identity(), (a, b) -> a));
        List<PrintedDossier.Step> printed = dossier.entries().stream().map(entry -> step(entry, steps.get(entry.eventId()))).toList();
        List<String> findings = timeline.breaches().stream()
                .map(breach -> breach.name() + ":" + breach.description()).toList();
        return new PrintedDossier("重大事项社会稳定风险评估卷宗 " + (f == null ? dossier.recordId() : f.title()),
                f == null ? List.of() : facts(f), printed, findings);
    }

    private static List<PrintedDossier.Fact> facts(DossierFacts f) {
        List<PrintedDossier.Fact> facts = new ArrayList<>();
        add(facts, "事项编号", f.matterId());
        add(facts, "事项名称", f.title());
        add(facts, "事项类别", label(f.category()));
        add(facts, "领域", f.domain());
        add(facts, "评估责任主体", f.responsibleUnit());
        add(facts, "决策机关", f.decisionAuthority());
        add(facts, "行政区划", f.jurisdiction());
        add(facts, "评估程序", label(f.procedure()));
        add(facts, "评估方式", label(f.assessorMode()));
        add(facts, "定级标准", label(f.gradingScheme()));
        add(facts, "立项日期", text(f.registeredOn()));
        add(facts, "当前阶段", label(f.stage()));
        add(facts, "风险等级", label(f.grade()));
        add(facts, "定级日期", text(f.gradedOn()));
        add(facts, "评估报告摘要(SHA-256)", f.reportDocumentHash());
        add(facts, "决策", label(f.decision()));
        add(facts, "决策日期", text(f.decidedOn()));
        if (f.assessmentNotUsed()) add(facts, "评用结合", "评而不用(已标记)");
        add(facts, "报备期限", text(f.filingDeadline()));
        add(facts, "结项日期", text(f.closedOn()));
        return facts;
    }

    private static PrintedDossier.Step step(DossierEntry entry, AccountabilityStep step) {
        String rules = step == null ? "" : step.rulesSatisfied().stream().map(CodeLabel::label).collect(Collectors.joining("、"));
        return new PrintedDossier.Step(entry.sequence(), entry.globalPosition(), text(entry.recordedAt()),
                text(entry.businessDate()), actor(entry.actor()), entry.description(), rules, entry.hash());
    }

    private static String actor(ActorView actor) {
        if (actor == null) return "(未记录)";
        return actor.displayName() + "(" + actor.roleLabel() + "," + actor.unit() + ")";
    }

    private static void add(List<PrintedDossier.Fact> facts, String label, String value) {
        if (value != null && !value.isBlank()) facts.add(new PrintedDossier.Fact(label, value));
    }

    private static String label(CodeLabel value) {
        return value == null ? null : value.label();
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
