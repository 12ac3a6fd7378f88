package org.wenping.query.legalcase;

import org.wenping.kernel.legalcase.*;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One zh-CN line per case event saying what changed, for dossiers, timelines and per-person lists. Persons appear
 * only by the number of sealed records, never by their data.
 */
final class CaseDescriptions implements CaseEventCases<String> {
    static final CaseDescriptions LINES = new CaseDescriptions();

    private CaseDescriptions() {
    }

    @Override
    public String on(CaseListedEvent e) {
        return "列入评估:" + e.organUnit() + " " + e.caseNumber() + "(" + e.caseClass().label() + "," + e.stage().label()
                + "阶段),承办人" + e.handler() + ",分管领导" + e.caseLead() + ",主要领导" + e.organHead() + ",涉案人员"
                + e.persons().size() + "人(加密)";
    }

    @Override
    public String on(CaseDimensionAssessedEvent e) {
        return "评估" + e.dimension().label() + ":" + e.findings()
                + (e.predictedForms().isEmpty() ? "" : ",预测可能引发" + forms(e.predictedForms()));
    }

    @Override
    public String on(CaseOpinionsCollectedEvent e) {
        return "听取意见(" + e.method().label() + "):理解支持" + e.supportCount() + "人,不理解不支持" + e.opposeCount() + "人";
    }

    @Override
    public String on(CaseRiskGradedEvent e) {
        return "风险定级为" + e.level().label() + "(" + e.scheme().label() + ")";
    }

    @Override
    public String on(CaseReportCompiledEvent e) {
        return "编制评估报告“" + e.caseName() + "”,存在问题隐患:" + e.problems();
    }

    @Override
    public String on(CaseMeasureAdoptedEvent e) {
        return "制定化解措施“" + e.description() + "”,责任单位" + e.responsibleUnit() + ",责任人" + e.responsiblePerson()
                + (e.dueBy() == null ? "" : ",期限" + e.dueBy());
    }

    @Override
    public String on(CaseMeasureCompletedEvent e) {
        return "落实化解措施 " + e.measureId() + ":" + e.outcome();
    }

    @Override
    public String on(CaseRiskResolvedEvent e) {
        return e.stage().label() + "阶段风险已化解:" + e.summary();
    }

    @Override
    public String on(CaseRulingMadeEvent e) {
        return "裁决(" + e.stage().label() + "阶段):" + e.kind().label() + "," + e.summary()
                + (e.utmostCaution() ? ",多数群众不理解不支持,慎之又慎" : "");
    }

    @Override
    public String on(CaseStageChangedEvent e) {
        return "诉讼阶段由" + e.from().label() + "转入" + e.to().label() + ",重新评估:" + e.reason();
    }

    @Override
    public String on(CaseVisitRecordedEvent e) {
        return "回访(" + e.visitor() + "):" + e.summary();
    }

    @Override
    public String on(CaseClosedEvent e) {
        return "结案:" + e.summary();
    }

    @Override
    public String on(PersonalDataErasedEvent e) {
        return "删除涉案人员 " + e.keyId() + " 的个人信息(销毁密钥),依据:" + e.legalGround();
    }

    @Override
    public String on(PersonalDataRestrictedEvent e) {
        return "限制处理涉案人员 " + e.keyId() + " 的个人信息,仅" + e.readableBy().label() + "可读,依据:" + e.legalGround();
    }

    @Override
    public String on(CaseEventCorrectedEvent e) {
        return "更正记录 " + e.correctedEventId() + "(" + e.correctedEventType() + "):" + e.reason();
    }

    private static String forms(List<PredictedForm> forms) {
        return forms.stream().map(PredictedForm::label).collect(Collectors.joining("、"));
    }
}
