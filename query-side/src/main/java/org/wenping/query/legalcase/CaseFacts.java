package org.wenping.query.legalcase;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.Organ;

import java.time.LocalDate;

/**
 * What the case is and who answers for it (谁办理、谁评估、谁化解), as listed; it never changes afterwards.
 *
 * @param handler   承办人, 直接责任人
 * @param caseLead  分管领导, 主要责任人
 * @param organHead 主要领导, 第一责任人
 */
public record CaseFacts(String caseNumber, String organ, String organUnit, String caseClass, String handler,
                        String caseLead, String organHead, String summary, String jurisdiction, String gradingScheme,
                        LocalDate acceptedOn) {
    static CaseFacts of(CaseListedEvent listed) {
        return new CaseFacts(listed.caseNumber(), listed.organ().name(), listed.organUnit(), listed.caseClass().name(),
                listed.handler(), listed.caseLead(), listed.organHead(), listed.summary(), listed.jurisdiction().value(),
                listed.gradingScheme().name(), listed.acceptedOn());
    }

    /** The organ's zh-CN name (法院, 检察院 …), answered beside its code; derived, so never stored apart from it. */
    @JsonProperty("organLabel")
    public String organLabel() {
        return Organ.valueOf(organ).label();
    }

    /** The case class's zh-CN name (重大疑难复杂 …), answered beside its code. */
    @JsonProperty("caseClassLabel")
    public String caseClassLabel() {
        return CaseClass.valueOf(caseClass).label();
    }
}
