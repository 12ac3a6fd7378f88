package org.wenping.ops.demo;

import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReviewConclusion;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.wenping.kernel.matter.AssessmentDimension.CONTROLLABILITY;
import static org.wenping.kernel.matter.AssessmentDimension.FEASIBILITY;
import static org.wenping.kernel.matter.AssessmentDimension.LEGALITY;
import static org.wenping.kernel.matter.AssessmentDimension.REASONABLENESS;
import static org.wenping.kernel.matter.AssessmentDimension.SAFETY;

/**
 * The path of one matter through the demo year: 立项, 评估, 定级, 决策, 跟踪 and, by its {@link Fate}, closure,
 * re-assessment, a decision against the grade or an assessment still running on the last day of the year; its
 * {@link Twist}s add corrections, late or missing filings and measures never carried out.
 */
final class MatterStory {
    /** The last business date of the demo year. */
    static final LocalDate END = LocalDate.of(2026, 11, 15);

    private final MatterProfile matter;
    private final MatterScript script;
    private final Random random;

    private MatterStory(MatterProfile matter, GradingScheme scheme, DemoActors actors, Random random) {
        this.matter = matter;
        this.script = new MatterScript(matter, scheme, actors, random);
        this.random = random;
    }

    static List<DemoStep> tell(MatterProfile matter, GradingScheme scheme, DemoActors actors, Random random) {
        return new MatterStory(matter, scheme, actors, random).tell();
    }

    private List<DemoStep> tell() {
        int beforeDecision = assess();
        if (matter.fate() == Fate.UNDER_ASSESSMENT) {
            script.builder.truncate(2 + random.nextInt(beforeDecision - 1));
            return script.builder.materialize(matter.registeredOn(), END);
        }
        LocalDate start = matter.registeredOn();
        LocalDate latest = latestDecision().minusDays(script.builder.day());
        if (latest.isBefore(start)) start = latest;
        track(start);
        List<DemoStep> steps = script.builder.materialize(start, END);
        if (steps.size() != script.builder.size()) {
            throw new IllegalStateException("演示事项 " + matter.id() + " 的步骤超出演示年度(" + END + ")");
        }
        return steps;
    }

    /** 立项 to the decision and its filing; answers how many commands come before the decision. */
    private int assess() {
        script.register();
        if (matter.assessorMode() == AssessorMode.THIRD_PARTY) script.commission();
        if (matter.procedure() != Procedure.SIMPLIFIED) script.plan();
        opinionMethods().forEach(script::opinions);
        if (matter.has(Twist.OPINIONS_CORRECTED)) script.correctOpinions();
        if (matter.has(Twist.INCIDENT_DURING_ASSESSMENT)) script.incident();
        RiskBand band = switch (matter.fate()) {
            case POSTPONED, OVERRIDDEN -> RiskBand.ELEVATED;
            case REJECTED -> RiskBand.HIGH;
            default -> RiskBand.LOW;
        };
        dimensions().forEach(dimension -> script.analyse(dimension, band));
        if (matter.has(Twist.ESCALATED_BY_UNIT)) script.escalate();
        if (matter.has(Twist.LOWERED_BY_MEASURES) || matter.has(Twist.ESCALATED_BY_GRADE)) {
            script.grade(RiskBand.ELEVATED, "部分群众对" + DemoTexts.concern(matter.domain()) + "意见较大,存在较大风险");
            script.adoptMeasure();
            script.adoptMeasure();
            script.completeMeasures();
        }
        script.grade(band, gradeReason(band));
        reportReviewAndFile(matter.has(Twist.REVIEW_FAILED_ONCE));
        int beforeDecision = script.builder.size();
        script.decide(firstDecision(), matter.fate() == Fate.OVERRIDDEN ? DemoTexts.overrideReason(matter) : null);
        if (matter.has(Twist.DECISION_NOT_FILED)) return beforeDecision;
        script.file(matter.has(Twist.LATE_DECISION_FILING) ? 4 + random.nextInt(4) : 1);
        if (matter.has(Twist.RECEIPT_CORRECTED)) script.correctReceipt();
        return beforeDecision;
    }

    private void reportReviewAndFile(boolean failFirst) {
        script.report();
        if (script.procedure() != Procedure.SIMPLIFIED) {
            if (failFirst) {
                script.review(ReviewConclusion.FAILED);
                script.report();
            }
            script.review(random.nextInt(4) == 0 ? ReviewConclusion.PASSED_WITH_CHANGES : ReviewConclusion.PASSED);
        }
        script.file(2 + random.nextInt(4));
    }

    /** 跟踪 after the first decision, on dates counted from {@code start}. */
    private void track(LocalDate start) {
        if (matter.fate() == Fate.REJECTED) {
            script.close("决策机关决定不予实施,事项终止,评估资料立卷归档");
            return;
        }
        script.adoptMeasure();
        if (script.procedure() != Procedure.SIMPLIFIED) script.contingencyPlan();
        switch (matter.fate()) {
            case INCIDENT_REDECIDED, INCIDENT_REASSESSING -> {
                report(start, 20, 35, 0);
                script.incident();
                if (matter.fate() == Fate.INCIDENT_REASSESSING) {
                    script.opinions(OpinionMethod.VISIT);
                    return;
                }
                reassess(Decision.IMPLEMENT);
            }
            case NEW_RISK_REDECIDED -> {
                report(start, 20, 35, 0);
                script.reopen();
                reassess(Decision.PARTIAL);
            }
            default -> {
            }
        }
        if (script.hasOpenMeasures() && !matter.has(Twist.MEASURE_NOT_CARRIED_OUT)) script.completeMeasures();
        boolean closes = matter.fate() == Fate.CLOSED;
        int wanted = closes ? 1 + random.nextInt(3) : 4;
        for (int i = 0; i < wanted; i++) {
            if (!report(start, 25, 45, closes ? 20 : 0)) break;
        }
        if (closes) script.close(matter.title() + "已实施完毕,跟踪期内未发生不稳定事件,评估资料一事一档归档");
    }

    /** R7: back through 评估 and 定级 to a new decision. */
    private void reassess(Decision decision) {
        script.opinions(OpinionMethod.VISIT);
        script.analyse(CONTROLLABILITY, RiskBand.ELEVATED);
        script.adoptMeasure();
        script.completeMeasures();
        script.grade(RiskBand.LOW, "诉求已依法依规妥善处理,化解措施落实到位,重新评估为低风险");
        reportReviewAndFile(false);
        script.decide(decision);
        script.file(1);
    }

    /** A tracking report some weeks on, if it (and {@code reserve} more days) still falls in the demo year. */
    private boolean report(LocalDate start, int min, int max, int reserve) {
        int gap = min + random.nextInt(max - min + 1);
        if (start.plusDays(script.builder.day() + gap + reserve).isAfter(END)) return false;
        script.builder.pause(gap, gap);
        script.trackingReport();
        return true;
    }

    /** The last day the first decision may fall on for the rest of the matter's path to fit in the year. */
    private LocalDate latestDecision() {
        return switch (matter.fate()) {
            case INCIDENT_REDECIDED, INCIDENT_REASSESSING, NEW_RISK_REDECIDED -> LocalDate.of(2026, 5, 20);
            case CLOSED, REJECTED -> LocalDate.of(2026, 8, 31);
            default -> LocalDate.of(2026, 10, 10);
        };
    }

    private Decision firstDecision() {
        return switch (matter.fate()) {
            case PARTIAL -> Decision.PARTIAL;
            case POSTPONED -> Decision.POSTPONE;
            case REJECTED -> Decision.REJECT;
            default -> Decision.IMPLEMENT;
        };
    }

    private List<OpinionMethod> opinionMethods() {
        return switch (matter.procedure()) {
            case SIMPLIFIED -> List.of(OpinionMethod.SYMPOSIUM);
            case SPECIAL -> List.of(OpinionMethod.SYMPOSIUM, OpinionMethod.QUESTIONNAIRE, OpinionMethod.HEARING,
                    OpinionMethod.EXPERT_CONSULTATION);
            case STANDARD -> matter.category() == MatterCategory.POLICY
                    ? List.of(OpinionMethod.SYMPOSIUM, OpinionMethod.PUBLIC_NOTICE)
                    : List.of(OpinionMethod.SYMPOSIUM, random.nextBoolean() ? OpinionMethod.QUESTIONNAIRE : OpinionMethod.VISIT);
        };
    }

    private List<AssessmentDimension> dimensions() {
        if (matter.procedure() == Procedure.SIMPLIFIED) return List.of(LEGALITY, CONTROLLABILITY);
        if (matter.procedure() == Procedure.SPECIAL || matter.category() == MatterCategory.PROJECT) {
            return List.of(LEGALITY, REASONABLENESS, FEASIBILITY, CONTROLLABILITY, SAFETY);
        }
        return List.of(LEGALITY, REASONABLENESS, FEASIBILITY, CONTROLLABILITY);
    }

    private static String gradeReason(RiskBand band) {
        return switch (band) {
            case LOW -> "风险因素已识别并有针对性化解措施,群众支持率高,评定为低风险";
            case ELEVATED -> "群众对调整幅度反映较大,化解方案尚未落实到位,评定为中风险,建议暂缓实施";
            case HIGH -> "选址周边群众反对意见强烈,可能引发群体性事件,评定为高风险,建议不予实施";
        };
    }
}
