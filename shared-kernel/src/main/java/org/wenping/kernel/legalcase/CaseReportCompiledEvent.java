package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted when the case's assessment report (评估报告) is compiled with the fields seed 004 篇4 names: 案件名称,
 * 涉案人员情况, 简要案情, 案件办理情况, 存在问题隐患, 预防处置工作方案.
 *
 * @param caseName 案件名称
 * @param personKeyIds 涉案人员情况: the key ids of the case's sealed persons the report covers, never their data
 * @param summary 简要案情
 * @param handlingStatus 案件办理情况
 * @param problems 存在问题隐患
 * @param preventionPlan 预防处置工作方案
 * @param compiledOn the business date the report was signed off
 */
@Revision("1")
public record CaseReportCompiledEvent(
        CaseId caseId,
        String caseName,
        List<String> personKeyIds,
        String summary,
        String handlingStatus,
        String problems,
        String preventionPlan,
        LocalDate compiledOn) implements CaseEvent {

    public CaseReportCompiledEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseName, "caseName");
        personKeyIds = List.copyOf(personKeyIds);
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(handlingStatus, "handlingStatus");
        Objects.requireNonNull(problems, "problems");
        Objects.requireNonNull(preventionPlan, "preventionPlan");
        Objects.requireNonNull(compiledOn, "compiledOn");
    }

    @Override
    public LocalDate businessDate() {
        return compiledOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
