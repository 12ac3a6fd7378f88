package org.wenping.command.inquiry;

import org.wenping.kernel.inquiry.RecordRole;
import org.wenping.kernel.inquiry.SubjectKind;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseDimensionAssessedEvent;
import org.wenping.kernel.legalcase.CaseEvent;
import org.wenping.kernel.legalcase.CaseEventCases;
import org.wenping.kernel.legalcase.CaseEventCorrectedEvent;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseMeasureAdoptedEvent;
import org.wenping.kernel.legalcase.CaseMeasureCompletedEvent;
import org.wenping.kernel.legalcase.CaseOpinionsCollectedEvent;
import org.wenping.kernel.legalcase.CaseReportCompiledEvent;
import org.wenping.kernel.legalcase.CaseRiskGradedEvent;
import org.wenping.kernel.legalcase.CaseRiskResolvedEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.CaseStageChangedEvent;
import org.wenping.kernel.legalcase.CaseVisitRecordedEvent;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.legalcase.PersonalDataRestrictedEvent;

import java.util.List;

/**
 * Reads a 政法 case's stream for an inquiry (谁办理、谁评估、谁化解, seed 004 篇4): the 承办人 lists, assesses, grades and
 * handles the case; the ruling is a decision whoever makes it; what a 分管领导 or 主要领导 handles, and the 主要领导's
 * erasure or restriction of personal data, they supervise. One case per case event.
 */
final class CaseSubject implements CaseEventCases<RecordRole> {
    private final SubjectLedger ledger = new SubjectLedger();
    private String caseNumber;
    private JurisdictionCode jurisdiction;

    private CaseSubject() {
    }

    static SubjectHistory read(List<StreamedEvent> stream) {
        CaseSubject subject = new CaseSubject();
        subject.ledger.readAll(stream, payload -> ((CaseEvent) payload).accept(subject));
        return subject.ledger.history(SubjectKind.CASE, subject.caseNumber, subject.jurisdiction, "裁决");
    }

    @Override
    public RecordRole on(CaseListedEvent event) {
        caseNumber = event.caseNumber();
        jurisdiction = event.jurisdiction();
        return RecordRole.REGISTERED;
    }

    @Override
    public RecordRole on(CaseRiskGradedEvent event) {
        return ledger.graded();
    }

    @Override
    public RecordRole on(CaseRulingMadeEvent event) {
        return ledger.decided();
    }

    @Override
    public RecordRole on(CaseMeasureAdoptedEvent event) {
        return ledger.measureAdopted(event.measureId());
    }

    @Override
    public RecordRole on(CaseMeasureCompletedEvent event) {
        return ledger.measureCompleted(event.measureId());
    }

    @Override
    public RecordRole on(CaseEventCorrectedEvent event) {
        return ledger.partOf(event.correctedEventId());
    }

    @Override
    public RecordRole on(CaseDimensionAssessedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(CaseOpinionsCollectedEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(CaseReportCompiledEvent event) {
        return RecordRole.ASSESSED;
    }

    @Override
    public RecordRole on(CaseRiskResolvedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(CaseStageChangedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(CaseVisitRecordedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(CaseClosedEvent event) {
        return RecordRole.HANDLED;
    }

    @Override
    public RecordRole on(PersonalDataErasedEvent event) {
        return RecordRole.SUPERVISED;
    }

    @Override
    public RecordRole on(PersonalDataRestrictedEvent event) {
        return RecordRole.SUPERVISED;
    }
}
