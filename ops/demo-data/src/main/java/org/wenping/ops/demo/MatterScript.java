package org.wenping.ops.demo;

import org.wenping.command.matter.AdoptMitigationMeasureCommand;
import org.wenping.command.matter.AnalyseDimensionCommand;
import org.wenping.command.matter.CloseMatterCommand;
import org.wenping.command.matter.CollectOpinionsCommand;
import org.wenping.command.matter.CommissionAgencyCommand;
import org.wenping.command.matter.CompileReportCommand;
import org.wenping.command.matter.CompleteMitigationMeasureCommand;
import org.wenping.command.matter.DraftAssessmentPlanCommand;
import org.wenping.command.matter.EscalateProcedureCommand;
import org.wenping.command.matter.GradeRiskCommand;
import org.wenping.command.matter.MakeDecisionCommand;
import org.wenping.command.matter.OpenReassessmentCommand;
import org.wenping.command.matter.PrepareContingencyPlanCommand;
import org.wenping.command.matter.RecordFilingCommand;
import org.wenping.command.matter.RegisterMatterCommand;
import org.wenping.command.matter.ReportIncidentCommand;
import org.wenping.command.matter.ReviewReportCommand;
import org.wenping.command.matter.SubmitTrackingReportCommand;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.AssessmentDimension;
import org.wenping.kernel.matter.Decision;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.OpinionMethod;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.matter.RiskFactor;
import org.wenping.kernel.matter.RiskLevel;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The commands of one demo matter, each as the demo user whose step it is, with the events it stores. */
final class MatterScript {
    private final MatterProfile matter;
    private final GradingScheme scheme;
    private final DemoActors actors;
    private final Random random;
    final ScriptBuilder builder;
    private final MatterId id;
    private Procedure procedure;
    private boolean underTracking;
    private AgencyId agency;
    private final List<String> openMeasures = new ArrayList<>();
    private int measures;
    private int reports;
    private int receipts;
    private int trackingReports;
    private OpinionMethod lastOpinions;
    private String lastReceipt;

    MatterScript(MatterProfile matter, GradingScheme scheme, DemoActors actors, Random random) {
        this.matter = matter;
        this.scheme = scheme;
        this.actors = actors;
        this.random = random;
        this.id = matter.id();
        this.builder = new ScriptBuilder(id.value(), random);
        this.procedure = matter.procedure();
    }

    Procedure procedure() {
        return procedure;
    }

    boolean hasOpenMeasures() {
        return !openMeasures.isEmpty();
    }

    void register() {
        builder.add("立项", actors.assessor(), 1, (v, d) -> new RegisterMatterCommand(id, matter.title(),
                matter.category(), matter.domain(), matter.responsibleUnit(), matter.decisionAuthority(),
                matter.place().jurisdiction(), matter.procedure(), matter.assessorMode(), scheme, d));
    }

    void commission() {
        builder.pause(3, 8);
        agency = DemoRegistry.AGENCIES.get(random.nextInt(DemoRegistry.AGENCIES.size())).id();
        SelectionMethod method = List.of(SelectionMethod.OPEN_TENDER, SelectionMethod.OPEN_TENDER,
                SelectionMethod.INVITED_TENDER, SelectionMethod.COMPETITIVE_NEGOTIATION,
                SelectionMethod.CENTRALISED_INQUIRY).get(random.nextInt(5));
        AgencyId chosen = agency;
        builder.add("委托第三方", actors.assessor(), 1, (v, d) -> new CommissionAgencyCommand(id, v, chosen, method, d));
    }

    void plan() {
        builder.pause(2, 6);
        List<String> methods = DemoTexts.planMethods(random);
        int dueInDays = 30 + random.nextInt(31);
        List<String> units = List.of(matter.place().unit("信访局"), matter.place().unit("公安局"), matter.responsibleUnit());
        builder.add("制定评估方案", actors.assessor(), 1, (v, d) -> new DraftAssessmentPlanCommand(id, v,
                DemoTexts.planScope(matter), methods, DemoTexts.standards(scheme.label()), d.plusDays(dueInDays), units, d));
    }

    void opinions(OpinionMethod method) {
        builder.pause(3, 9);
        int participants = method == OpinionMethod.QUESTIONNAIRE ? 150 + random.nextInt(350) : 15 + random.nextInt(60);
        int oppose = participants * random.nextInt(8) / 100;
        int support = participants - oppose - participants * random.nextInt(12) / 100;
        String summary = DemoTexts.opinionSummary(method, matter, participants, support);
        lastOpinions = method;
        builder.add("听取意见(" + method.label() + ")", actors.assessor(), 1, (v, d) -> new CollectOpinionsCommand(id, v,
                method, participants, support, oppose, summary, d));
    }

    void analyse(AssessmentDimension dimension, RiskBand band) {
        builder.pause(1, 3);
        List<RiskFactor> factors = dimension == AssessmentDimension.CONTROLLABILITY || band != RiskBand.LOW
                ? List.of(band.factor(DemoTexts.riskFactor(matter), random)) : List.of();
        builder.add("分析论证(" + dimension.label() + ")", actors.assessor(), 1, (v, d) -> new AnalyseDimensionCommand(
                id, v, dimension, DemoTexts.findings(dimension, matter), factors, d));
    }

    /** 定级; a grade that is not low under 简易程序 also stores the escalation to 普通程序 (R3). */
    void grade(RiskBand band, String reason) {
        builder.pause(2, 5);
        RiskLevel level = band.in(scheme);
        boolean escalates = procedure == Procedure.SIMPLIFIED && !level.isLow();
        if (escalates) procedure = Procedure.STANDARD;
        builder.add("定级(" + level.label() + ")", actors.assessor(), escalates ? 2 : 1, (v, d) -> new GradeRiskCommand(
                id, v, level, List.of(reason), d));
    }

    void escalate() {
        builder.pause(1, 3);
        procedure = Procedure.STANDARD;
        builder.add("转为普通程序", actors.assessor(), 1, (v, d) -> new EscalateProcedureCommand(id, v, DemoTexts.ESCALATION, d));
    }

    void adoptMeasure() {
        builder.pause(1, 4);
        String measureId = "M" + (++measures);
        String description = DemoTexts.measure(matter, measures);
        int dueInDays = 20 + random.nextInt(40);
        openMeasures.add(measureId);
        builder.add("制定化解措施", actors.assessor(), 1, (v, d) -> new AdoptMitigationMeasureCommand(id, v, measureId,
                description, matter.responsibleUnit(), "分管负责同志", d.plusDays(dueInDays), d));
    }

    void completeMeasures() {
        for (String measureId : List.copyOf(openMeasures)) {
            builder.pause(5, 15);
            openMeasures.remove(measureId);
            builder.add("落实化解措施", actors.assessor(), 1, (v, d) -> new CompleteMitigationMeasureCommand(id, v,
                    measureId, "措施已按期落实,相关群众诉求得到妥善解决", d));
        }
    }

    void report() {
        builder.pause(3, 7);
        String title = matter.title() + (procedure == Procedure.SIMPLIFIED ? "社会稳定风险评估简易程序报备表" : "社会稳定风险评估报告");
        String hash = DemoTexts.documentHash(id + "/" + title + "/" + (++reports));
        builder.add("编制评估报告", actors.assessor(), 1, (v, d) -> new CompileReportCommand(id, v, title, hash, d));
    }

    void review(ReviewConclusion conclusion) {
        builder.pause(4, 9);
        List<ExpertId> panel = DemoRegistry.panel(random, matter.responsibleUnit(), agency,
                procedure == Procedure.SPECIAL ? 5 : 3);
        List<String> opinions = panel.stream()
                .map(expert -> DemoTexts.reviewOpinion(DemoRegistry.nameOf(expert), conclusion != ReviewConclusion.FAILED))
                .toList();
        builder.add("专家评审(" + conclusion.label() + ")", actors.expert(), 1, (v, d) -> new ReviewReportCommand(id, v,
                panel, opinions, conclusion, d));
    }

    /** 报备, exactly {@code afterDays} after the step before: the report, or the decision (late after one day, R6). */
    void file(int afterDays) {
        String receipt = "酒稳评备〔2026〕" + id.value().substring(id.value().length() - 3) + "-" + (++receipts) + "号";
        lastReceipt = receipt;
        builder.addAfter(afterDays, "报备登记", actors.supervisor(), 1, (v, d) -> new RecordFilingCommand(id, v, receipt, d));
    }

    void decide(Decision decision) {
        decide(decision, null);
    }

    /** 决策; with an {@code overrideReason}, one the grading table may not allow (R2: recorded and flagged 评而不用). */
    void decide(Decision decision, String overrideReason) {
        builder.pause(4, 12);
        String meeting = matter.decisionAuthority() + "(2026年第" + (1 + random.nextInt(36)) + "次)";
        underTracking = true;
        builder.add("决策(" + decision.label() + ")", actors.decider(), 1, (v, d) -> new MakeDecisionCommand(id, v,
                decision, meeting, overrideReason, d));
    }

    /** 更正 (R10) by the assessor of the last opinion round it recorded, some days on. */
    void correctOpinions() {
        correctLast(actors.assessor(), DemoTexts.opinionsCorrection(lastOpinions));
    }

    /** 更正 (R10) by the 维稳办 of the last filing it registered, some days on. */
    void correctReceipt() {
        correctLast(actors.supervisor(), DemoTexts.receiptCorrection(lastReceipt));
    }

    /** Corrects the event the command before stored: only its recorder's role (or the 维稳办) may. */
    private void correctLast(Actor corrector, String reason) {
        long corrected = builder.version();
        builder.pause(1, 5);
        builder.add("更正", corrector, 1, (v, d) -> new DemoCorrection(id, v, corrected, reason, d));
    }

    void contingencyPlan() {
        builder.pause(2, 6);
        builder.add("制定应急预案", actors.assessor(), 1, (v, d) -> new PrepareContingencyPlanCommand(id, v,
                DemoTexts.contingencyPlanTitle(matter), DemoTexts.CONTINGENCY_PLAN, d));
    }

    void trackingReport() {
        String summary = DemoTexts.trackingSummary(matter, ++trackingReports);
        builder.add("跟踪报告", actors.assessor(), 1, (v, d) -> new SubmitTrackingReportCommand(id, v, summary, true, d));
    }

    /** An incident; during 跟踪 it also stores the re-opened assessment (R7). */
    void incident() {
        builder.pause(3, 12);
        IncidentForm form = random.nextBoolean() ? IncidentForm.COLLECTIVE_PETITION : IncidentForm.ONLINE_OPINION;
        int headcount = form == IncidentForm.ONLINE_OPINION ? 0 : 8 + random.nextInt(40);
        String place = matter.place().towns().get(random.nextInt(matter.place().towns().size())) + "人民政府";
        String description = DemoTexts.incident(matter);
        int events = underTracking ? 2 : 1;
        underTracking = false;
        builder.add("报告不稳定事件", actors.assessor(), events, (v, d) -> new ReportIncidentCommand(id, v, form,
                headcount, d, place, description));
    }

    void reopen() {
        builder.pause(20, 40);
        underTracking = false;
        builder.add("重新评估", actors.assessor(), 1, (v, d) -> new OpenReassessmentCommand(id, v, DemoTexts.REASSESSMENT, d));
    }

    void close(String summary) {
        builder.pause(5, 20);
        builder.add("结项归档", actors.assessor(), 1, (v, d) -> new CloseMatterCommand(id, v, summary, d));
    }
}
