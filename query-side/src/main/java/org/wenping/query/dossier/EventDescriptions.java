package org.wenping.query.dossier;

import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessmentPlanDraftedEvent;
import org.wenping.kernel.matter.ContingencyPlanPreparedEvent;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.DimensionAnalysedEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.IncidentReportedEvent;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterEvent;
import org.wenping.kernel.matter.MatterEventCases;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.MitigationMeasureAdoptedEvent;
import org.wenping.kernel.matter.MitigationMeasureCompletedEvent;
import org.wenping.kernel.matter.OpinionsCollectedEvent;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportCompiledEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.ReportReviewedEvent;
import org.wenping.kernel.matter.RiskGradedEvent;
import org.wenping.kernel.matter.TrackingReportSubmittedEvent;

/** One zh-CN line per event saying what changed, for dossiers, timelines and per-person lists. */
final class EventDescriptions implements MatterEventCases<String> {
    private static final EventDescriptions LINES = new EventDescriptions();

    private EventDescriptions() {
    }

    /** The line for a matter event; {@code type} names an event this reader does not know (null). */
    static String describe(MatterEvent event, String type) {
        return event == null ? "记录事件 " + type : event.accept(LINES);
    }

    @Override
    public String on(MatterRegisteredEvent e) {
        return "立项:“" + e.title() + "”(" + e.category().label() + "," + e.domain() + "),责任主体" + e.responsibleUnit()
                + ",决策机关" + e.decisionAuthority() + "," + e.procedure().label() + "," + e.assessorMode().label()
                + ",分级方案" + e.gradingScheme().label();
    }

    @Override
    public String on(AssessmentPlanDraftedEvent e) {
        return "制定评估方案:范围“" + e.scope() + "”,方法" + String.join("、", e.methods()) + ",评估期限至" + e.dueBy();
    }

    @Override
    public String on(AssessmentAgencyCommissionedEvent e) {
        return "委托第三方评估机构 " + e.agencyId() + "(选定方式:" + e.selectionMethod().label() + ")";
    }

    @Override
    public String on(OpinionsCollectedEvent e) {
        return "听取意见(" + e.method().label() + "):参与" + e.participants() + "人,支持" + e.supportCount() + "人,反对"
                + e.opposeCount() + "人";
    }

    @Override
    public String on(DimensionAnalysedEvent e) {
        return "分析论证" + e.dimension().label() + ":识别风险因素" + e.riskFactors().size() + "项";
    }

    @Override
    public String on(RiskGradedEvent e) {
        return "风险定级为" + e.level().label() + "(" + e.scheme().label() + ")";
    }

    @Override
    public String on(ReportCompiledEvent e) {
        return "编制评估报告“" + e.title() + "”";
    }

    @Override
    public String on(ReportReviewedEvent e) {
        return "专家评审(" + e.panel().size() + "人):" + e.conclusion().label();
    }

    @Override
    public String on(ReportFiledEvent e) {
        return e.stage().label() + "登记,回执号" + e.receiptNumber()
                + (e.late() ? ",迟报(期限" + e.filingDeadline() + ")" : "");
    }

    @Override
    public String on(DecisionMadeEvent e) {
        return "决策:" + e.decision().label() + "(风险等级" + e.grade().label() + "," + e.meetingReference() + ")"
                + (e.assessmentNotUsed() ? ",评而不用,理由:" + e.overrideReason() : "") + ",报备期限" + e.filingDeadline();
    }

    @Override
    public String on(MitigationMeasureAdoptedEvent e) {
        return "制定化解措施“" + e.description() + "”,责任单位" + e.responsibleUnit() + ",责任人" + e.responsiblePerson()
                + (e.dueBy() == null ? "" : ",期限" + e.dueBy());
    }

    @Override
    public String on(MitigationMeasureCompletedEvent e) {
        return "落实化解措施 " + e.measureId() + ":" + e.outcome();
    }

    @Override
    public String on(ContingencyPlanPreparedEvent e) {
        return "制定应急预案“" + e.title() + "”";
    }

    @Override
    public String on(TrackingReportSubmittedEvent e) {
        return "提交跟踪报告:" + (e.risksUnderControl() ? "风险可控" : "风险未受控制") + "," + e.summary();
    }

    @Override
    public String on(IncidentReportedEvent e) {
        return "报告不稳定事件:" + e.form().label() + "," + e.headcount() + "人,地点" + e.place();
    }

    @Override
    public String on(ReassessmentOpenedEvent e) {
        return "重新评估(" + e.trigger().label() + "):" + e.reason();
    }

    @Override
    public String on(MatterClosedEvent e) {
        return "结项归档:" + e.summary();
    }

    @Override
    public String on(EventCorrectedEvent e) {
        return "更正记录 " + e.correctedEventId() + "(" + e.correctedEventType() + "):" + e.reason();
    }

    @Override
    public String on(ProcedureEscalatedEvent e) {
        return "程序由" + e.from().label() + "转为" + e.to().label() + ":" + e.reason();
    }
}
