package org.wenping.ops.demo;

import org.wenping.command.legalcase.*;
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
import java.util.function.BiFunction;

/**
 * Writes one demo case's commands in order, each a day or a few after the one before, with the version each leaves
 * behind (every case command stores one event). The 承办人 assesses; the ruling is the 承办人's or, at the court, the
 * 主要领导's; closure the 分管领导's where there is one.
 */
final class CaseScript {
    private final CaseId id;
    private final CaseCast cast;
    private final Random random;
    private final List<DemoStep> steps = new ArrayList<>();
    private LocalDate day;
    private long version = -1;
    private int measures;

    CaseScript(CaseId id, CaseCast cast, LocalDate listedOn, Random random) {
        this.id = id;
        this.cast = cast;
        this.day = listedOn;
        this.random = random;
    }

    List<DemoStep> steps() {
        return List.copyOf(steps);
    }

    void list(DemoListing listing) {
        add("列入评估", cast.handler(), (expected, on) -> listing);
    }

    /** 合法性、合理性、可控性, then 定级 at {@code level}, then the report. */
    void assess(RiskLevel level, String concern) {
        for (CaseDimension dimension : CaseDimension.values()) {
            add("评估" + dimension.label(), cast.handler(), (expected, on) -> new AssessCaseDimensionCommand(id, expected, dimension,
                    concern, dimension == CaseDimension.CONTROLLABILITY ? List.of(PredictedForm.PETITION) : List.of(),
                    day));
        }
        add("定级", cast.handler(), (expected, on) -> new GradeCaseRiskCommand(id, expected, level, List.of(concern), on));
        add("评估报告", cast.handler(), (expected, on) -> new CompileCaseReportCommand(id, expected, "案件风险评估报告 " + id.value(),
                List.of(id.value() + "-p1"), "见简要案情", "依法办理中", concern, "释法明理、诉讼风险告知、领导包案化解", on));
    }

    void opinions(int support, int oppose) {
        add("听取意见", cast.handler(), (expected, on) -> new CollectCaseOpinionsCommand(id, expected, OpinionMethod.VISIT, support, oppose,
                "走访当事人及所在村组", on));
    }

    /** Adopts a measure and, if {@code carriedOut}, carries it out some days later. */
    void measure(String description, boolean carriedOut) {
        String measureId = "m" + ++measures;
        add("化解措施", cast.handler(), (expected, on) -> new AdoptCaseMeasureCommand(id, expected, measureId, description,
                cast.unit(), cast.handler().displayName(), on.plusDays(30), on));
        if (carriedOut) {
            add("落实措施", cast.handler(), (expected, on) -> new CompleteCaseMeasureCommand(id, expected, measureId, "已落实,当事人情绪平稳", on));
        }
    }

    void resolve(String summary) {
        add("风险化解", cast.handler(), (expected, on) -> new ResolveCaseRiskCommand(id, expected, summary, on));
    }

    void rule(RulingKind kind, String summary) {
        add("裁决", cast.ruler(), (expected, on) -> new RuleOnCaseCommand(id, expected, kind, summary, on));
    }

    void stage(ProceduralStage to, String reason) {
        add("诉讼阶段变更", cast.handler(), (expected, on) -> new ChangeCaseStageCommand(id, expected, to, reason, on));
    }

    void visit() {
        add("回访", cast.handler(), (expected, on) -> new RecordCaseVisitCommand(id, expected, cast.handler().displayName(),
                "当事人对处理结果表示理解", on));
    }

    void close() {
        add("结案", cast.closer(), (expected, on) -> new CloseCaseCommand(id, expected, "案件办结,风险已化解", on));
    }

    void erase(int person, String legalGround) {
        add("删除个人信息", cast.eraser(), (expected, on) -> new ErasePersonalDataCommand(id, expected, id.value() + "-p" + person,
                legalGround, on));
    }

    /** The command gets the version it expects (null for the listing) and its business date. */
    private void add(String label, Actor actor, BiFunction<Long, LocalDate, Object> command) {
        if (version >= 0) day = day.plusDays(1 + random.nextInt(3));
        Object made = command.apply(version < 0 ? null : version, day);
        version++;
        steps.add(new DemoStep(id.value(), made, actor, day, version, label));
    }
}
