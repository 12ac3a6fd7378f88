package org.wenping.ops.bench;

import org.wenping.command.legalcase.AdoptCaseMeasureCommand;
import org.wenping.command.legalcase.AssessCaseDimensionCommand;
import org.wenping.command.legalcase.ChangeCaseStageCommand;
import org.wenping.command.legalcase.CloseCaseCommand;
import org.wenping.command.legalcase.CollectCaseOpinionsCommand;
import org.wenping.command.legalcase.CompileCaseReportCommand;
import org.wenping.command.legalcase.CompleteCaseMeasureCommand;
import org.wenping.command.legalcase.ErasePersonalDataCommand;
import org.wenping.command.legalcase.GradeCaseRiskCommand;
import org.wenping.command.legalcase.ListCaseCommand;
import org.wenping.command.legalcase.RecordCaseVisitCommand;
import org.wenping.command.legalcase.ResolveCaseRiskCommand;
import org.wenping.command.legalcase.RuleOnCaseCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.legalcase.CaseDimension;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.PredictedForm;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.legalcase.RulingKind;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * One generated case's commands in order, each one to three days after the one before, every one a single event.
 * 谁办理、谁评估、谁化解: the 承办人 lists, assesses, resolves and moves the case on; the organ's {@link ScaleOrgan#ruler()}
 * rules, its 分管领导 closes and its 主要领导 orders an erasure. No command names the version it expects: the whole
 * case is one unit of work on a fresh aggregate, as a generated matter is.
 */
final class ScaleCaseScript {
    private final CaseId id;
    private final ScaleOrgan organ;
    private final Actor handler;
    private final Random random;
    private final List<ScaleMatter.Step> steps = new ArrayList<>();
    private LocalDate day;
    private int measures;

    ScaleCaseScript(CaseId id, ScaleOrgan organ, Actor handler, LocalDate listedOn, Random random) {
        this.id = id;
        this.organ = organ;
        this.handler = handler;
        this.day = listedOn;
        this.random = random;
    }

    List<ScaleMatter.Step> steps() {
        return List.copyOf(steps);
    }

    void list(ListCaseCommand listing) {
        add(handler, on -> listing);
    }

    /** 合法性、合理性、可控性, then 定级 at {@code level}, then the report naming the first party. */
    void assess(RiskLevel level, String concern) {
        for (CaseDimension dimension : CaseDimension.values()) {
            add(handler, on -> new AssessCaseDimensionCommand(id, null, dimension, concern,
                    dimension == CaseDimension.CONTROLLABILITY ? List.of(PredictedForm.PETITION) : List.of(), on));
        }
        add(handler, on -> new GradeCaseRiskCommand(id, null, level, List.of(concern), on));
        add(handler, on -> new CompileCaseReportCommand(id, null, "案件风险评估报告 " + id.value(),
                List.of(ScaleCase.personKey(id, 1)), "见简要案情", "依法办理中", concern, "释法明理、诉讼风险告知、领导包案化解", on));
    }

    void opinions(int support, int oppose) {
        add(handler, on -> new CollectCaseOpinionsCommand(id, null, OpinionMethod.VISIT, support, oppose,
                "走访当事人及所在村组", on));
    }

    /** Adopts a measure and, if {@code carriedOut}, carries it out some days later. */
    void measure(String description, boolean carriedOut) {
        String measureId = "m" + ++measures;
        add(handler, on -> new AdoptCaseMeasureCommand(id, null, measureId, description, organ.unit(),
                handler.displayName(), on.plusDays(30), on));
        if (carriedOut) add(handler, on -> new CompleteCaseMeasureCommand(id, null, measureId, "已落实,当事人情绪平稳", on));
    }

    void resolve(String summary) {
        add(handler, on -> new ResolveCaseRiskCommand(id, null, summary, on));
    }

    void rule(RulingKind kind) {
        add(organ.ruler(), on -> new RuleOnCaseCommand(id, null, kind, "依法作出" + kind.label(), on));
    }

    void stage(ProceduralStage to, String reason) {
        add(handler, on -> new ChangeCaseStageCommand(id, null, to, reason, on));
    }

    void visit() {
        add(handler, on -> new RecordCaseVisitCommand(id, null, handler.displayName(), "当事人对处理结果表示理解", on));
    }

    void close() {
        add(organ.caseLead(), on -> new CloseCaseCommand(id, null, "案件办结,风险已化解", on));
    }

    void erase(int person, String legalGround) {
        add(organ.organHead(), on -> new ErasePersonalDataCommand(id, null, ScaleCase.personKey(id, person), legalGround,
                on));
    }

    private void add(Actor actor, Function<LocalDate, Object> command) {
        if (!steps.isEmpty()) day = day.plusDays(1 + random.nextInt(3));
        steps.add(new ScaleMatter.Step(command.apply(day), actor));
    }
}
