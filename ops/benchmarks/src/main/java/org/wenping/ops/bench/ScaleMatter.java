package org.wenping.ops.bench;

import org.wenping.command.grading.GradingSchemePolicy;
import org.wenping.command.matter.AdoptMitigationMeasureCommand;
import org.wenping.command.matter.AnalyseDimensionCommand;
import org.wenping.command.matter.CloseMatterCommand;
import org.wenping.command.matter.CollectOpinionsCommand;
import org.wenping.command.matter.CompileReportCommand;
import org.wenping.command.matter.CompleteMitigationMeasureCommand;
import org.wenping.command.matter.DraftAssessmentPlanCommand;
import org.wenping.command.matter.GradeRiskCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.PrepareContingencyPlanCommand;
import org.wenping.command.matter.RecordFilingCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.matter.ReviewReportCommand;
import org.wenping.command.matter.SubmitTrackingReportCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.Likelihood;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskFactor;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.Severity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The commands of one generated matter of the province, drawn from a seed by its number so that a restart plans
 * exactly the same: a city or county of 甘肃省, a year from {@link #FIRST_YEAR}, 立项 to closure under 普通程序
 * (self-assessed, low risk, implemented), each command given by a person of the matter's 市/州 in the role the
 * permission table asks for. Every command stores one event.
 */
final class ScaleMatter {
    static final int FIRST_YEAR = 2012;
    /** The last business date: the commands must not lie in the future of the run. */
    static final LocalDate LAST_DATE = LocalDate.of(2026, 11, 15);
    /** People per role and 市/州, so that one person's page holds hundreds of matters, not the whole province's. */
    static final int PEOPLE_PER_ROLE = 10;
    private static final MatterCategory[] CATEGORIES = MatterCategory.values();
    private static final List<AssessmentDimension> DIMENSIONS = List.of(AssessmentDimension.LEGALITY,
            AssessmentDimension.REASONABLENESS, AssessmentDimension.FEASIBILITY, AssessmentDimension.CONTROLLABILITY);

    /** One command as the person who gives it. */
    record Step(Object command, Actor actor) {
    }

    private ScaleMatter() {
    }

    static MatterId id(long number) {
        return new MatterId("scale-" + number);
    }

    /** The matter numbered {@code number}, closed at the end. */
    static List<Step> plan(long number, GansuPlaces places, ScaleRegistry registry, GradingSchemePolicy schemes) {
        return plan(number, id(number), true, places, registry, schemes);
    }

    /** The same path under another id, left under 跟踪 when {@code closes} is false (for the stage probes). */
    static List<Step> plan(long number, MatterId id, boolean closes, GansuPlaces places, ScaleRegistry registry,
                           GradingSchemePolicy schemes) {
        Random random = new Random(20_260_000L + number);
        GansuPlaces.Place place = places.places().get(random.nextInt(places.places().size()));
        GradingScheme scheme = schemes.schemeFor(place.code());
        int year = FIRST_YEAR + random.nextInt(LAST_DATE.getYear() - FIRST_YEAR + 1);
        LocalDate on = LocalDate.of(year, 1, 2).plusDays(random.nextInt(year == LAST_DATE.getYear() ? 120 : 200));
        Actor assessor = person(place, Role.ASSESSOR, random);
        Actor supervisor = person(place, Role.SUPERVISOR, random);
        String unit = place.name() + List.of("发改委", "住建局", "自然资源局", "人社局", "交通运输局").get(random.nextInt(5));
        String title = place.name() + "第" + number + "号重大事项(" + year + "年)";
        RiskLevel low = RiskLevel.of(scheme).stream().filter(RiskLevel::isLow).findFirst().orElseThrow();
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(new RegisterMatterCommand(id, title, CATEGORIES[random.nextInt(CATEGORIES.length)], "城乡建设",
                unit, place.name() + "人民政府常务会议", place.code(), Procedure.STANDARD, AssessorMode.SELF, scheme, on,
                null, null, null), assessor));
        steps.add(new Step(new DraftAssessmentPlanCommand(id, null, "项目周边群众及利益相关方", List.of("座谈会", "问卷调查"),
                "合法性、合理性、可行性、可控性", on.plusDays(40), List.of(place.name() + "信访局", unit), on.plusDays(2)), assessor));
        steps.add(new Step(new CollectOpinionsCommand(id, null, OpinionMethod.SYMPOSIUM, 40, 35, 2, "多数群众支持",
                on.plusDays(6)), assessor));
        steps.add(new Step(new CollectOpinionsCommand(id, null, OpinionMethod.QUESTIONNAIRE, 300, 270, 10, "问卷支持率九成",
                on.plusDays(9)), assessor));
        for (AssessmentDimension dimension : DIMENSIONS) {
            steps.add(new Step(new AnalyseDimensionCommand(id, null, dimension, "符合规划,程序合法", List.of(new RiskFactor(
                    "补偿标准争议", Likelihood.LOW, Severity.MINOR, 5 + random.nextInt(20), IncidentForm.ONLINE_OPINION)),
                    on.plusDays(12)), assessor));
        }
        steps.add(new Step(new GradeRiskCommand(id, null, low, List.of("群众支持率高,风险可控"), on.plusDays(14)), assessor));
        steps.add(new Step(new CompileReportCommand(id, null, title + "社会稳定风险评估报告",
                String.format("%064x", number), on.plusDays(17)), assessor));
        steps.add(new Step(new ReviewReportCommand(id, null, registry.panel(random), List.of("程序规范", "结论可信", "同意"),
                ReviewConclusion.PASSED, on.plusDays(21)), person(place, Role.EXPERT, random)));
        steps.add(new Step(new RecordFilingCommand(id, null, "稳评备〔" + year + "〕" + number + "-1号", on.plusDays(23)), supervisor));
        LocalDate decidedOn = on.plusDays(30 + random.nextInt(20));
        steps.add(new Step(new MakeDecisionCommand(id, null, Decision.IMPLEMENT, place.name() + "人民政府常务会议(" + year
                + "年第" + (1 + random.nextInt(30)) + "次)", null, decidedOn), person(place, Role.DECIDER, random)));
        steps.add(new Step(new RecordFilingCommand(id, null, "稳评备〔" + year + "〕" + number + "-2号", decidedOn.plusDays(1)),
                supervisor));
        steps.add(new Step(new AdoptMitigationMeasureCommand(id, null, "M1", "设立群众咨询点,公开补偿标准", unit, "分管负责同志",
                decidedOn.plusDays(40), decidedOn.plusDays(3)), assessor));
        steps.add(new Step(new PrepareContingencyPlanCommand(id, null, title + "突发事件应急处置预案", "分级响应,属地负责",
                decidedOn.plusDays(4)), assessor));
        steps.add(new Step(new CompleteMitigationMeasureCommand(id, null, "M1", "措施已按期落实", decidedOn.plusDays(30)), assessor));
        int reports = 1 + random.nextInt(3);
        for (int report = 1; report <= reports; report++) {
            steps.add(new Step(new SubmitTrackingReportCommand(id, null, "第" + report + "次跟踪:运行平稳", true,
                    decidedOn.plusDays(30L + 30L * report)), assessor));
        }
        if (closes) steps.add(new Step(new CloseMatterCommand(id, null, "风险已化解,评估资料一事一档归档", decidedOn.plusDays(130)), assessor));
        return steps;
    }

    /** One of the {@link #PEOPLE_PER_ROLE} people of the place's 市/州 in {@code role}. */
    static Actor person(GansuPlaces.Place place, Role role, Random random) {
        String user = role.name().toLowerCase() + "-" + place.city().value().substring(0, 4) + "-" + random.nextInt(PEOPLE_PER_ROLE);
        return new Actor(user, user, role, place.cityName() + role.label(), place.city());
    }
}
