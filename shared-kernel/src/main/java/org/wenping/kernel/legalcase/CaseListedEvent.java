package org.wenping.kernel.legalcase;

import org.axonframework.serialization.Revision;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.personal.SealedPersonalData;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Emitted once, when a 政法办案 case is listed for 办案风险评估 after the organ's monthly screening (月度排查, seed 004
 * 篇4: 确定评估对象). The first event of every case; a 重大疑难复杂 case is under assessment from this event on
 * (自受理之初先期评估).
 *
 * @param caseNumber 案号
 * @param organUnit the organ's name, e.g. 肃州区人民法院
 * @param handler 承办人, the case's 直接责任人
 * @param caseLead 分管领导, its 主要责任人
 * @param organHead 主要领导, its 第一责任人
 * @param summary 简要案情
 * @param persons 涉案人员, each sealed under a key of its own; never in clear
 * @param stage the procedural stage the case is in when listed
 * @param gradingScheme the jurisdiction's grading scheme, recorded so that a later change of configuration never
 *                      rewrites history
 * @param acceptedOn when the organ accepted the case (受理/立案)
 * @param listedOn the business date of the listing
 */
@Revision("1")
public record CaseListedEvent(
        CaseId caseId,
        String caseNumber,
        Organ organ,
        String organUnit,
        CaseClass caseClass,
        String handler,
        String caseLead,
        String organHead,
        String summary,
        List<SealedPersonalData> persons,
        ProceduralStage stage,
        JurisdictionCode jurisdiction,
        GradingScheme gradingScheme,
        LocalDate acceptedOn,
        LocalDate listedOn) implements CaseEvent {

    public CaseListedEvent {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(organ, "organ");
        Objects.requireNonNull(organUnit, "organUnit");
        Objects.requireNonNull(caseClass, "caseClass");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(caseLead, "caseLead");
        Objects.requireNonNull(organHead, "organHead");
        Objects.requireNonNull(summary, "summary");
        persons = List.copyOf(persons);
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(gradingScheme, "gradingScheme");
        Objects.requireNonNull(acceptedOn, "acceptedOn");
        Objects.requireNonNull(listedOn, "listedOn");
    }

    @Override
    public LocalDate businessDate() {
        return listedOn;
    }

    @Override
    public <R> R accept(CaseEventCases<R> cases) {
        return cases.on(this);
    }
}
