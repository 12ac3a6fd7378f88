package org.wenping.command.legalcase;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.Recorded;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseClosedEvent;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.CaseListedEvent;
import org.wenping.kernel.legalcase.CaseReportCompiledEvent;
import org.wenping.kernel.legalcase.CaseRulingMadeEvent;
import org.wenping.kernel.legalcase.CaseStageChangedEvent;
import org.wenping.kernel.legalcase.CaseVisitRecordedEvent;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.PersonalDataErasedEvent;
import org.wenping.kernel.legalcase.PersonalDataRestrictedEvent;
import org.wenping.kernel.legalcase.ProceduralStage;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A 政法办案 case from its listing for 办案风险评估 to its closure; every change is an event. The root owns the
 * listing, the report, the ruling (R8), the stage, visits, closure and its 涉案人员's erasure; the assessment of each
 * stage is its member. Who may send which command (R9) is checked once, at its entry: 谁办理、谁评估、谁化解.
 */
@Aggregate(cache = AuthorisedRecord.CACHE)
class LegalCase extends AuthorisedRecord {
    @AggregateIdentifier
    private CaseId caseId;
    private Organ organ;
    private CaseClass caseClass;
    private JurisdictionCode jurisdiction;
    private ProceduralStage stage;
    private boolean ruled;
    private boolean closed;
    private CasePersons persons;
    @AggregateMember
    private CaseAssessment assessment = new CaseAssessment();

    LegalCase() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return jurisdiction;
    }

    /** 确定评估对象; the organ's name is the listing actor's unit (R9 takes the actor from the authenticated user). */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(ListCaseCommand command, MetaData metaData) {
        BusinessDates.requireNotInFuture("listedOn", command.listedOn());
        if (command.acceptedOn().isAfter(command.listedOn())) throw new AcceptedAfterListingException();
        Actor actor = EventMetadata.actorOf(metaData).orElseThrow();
        apply(new CaseListedEvent(command.caseId(), command.caseNumber(), command.organ(), actor.unit(),
                command.caseClass(), command.handler(), command.caseLead(), command.organHead(), command.summary(),
                command.persons(), command.stage(), command.jurisdiction(), command.gradingScheme(),
                command.acceptedOn(), command.listedOn()));
    }

    @CommandHandler
    long handle(CompileCaseReportCommand command) {
        requireOpen("compiledOn", command.compiledOn());
        if (!assessment.progress().graded()) throw CaseStepOutOfOrderException.notGraded();
        persons.requireKnown(command.personKeyIds());
        return Recorded.apply(new CaseReportCompiledEvent(caseId, command.caseName(), command.personKeyIds(),
                command.summary(), command.handlingStatus(), command.problems(), command.preventionPlan(),
                command.compiledOn()));
    }

    /** 裁决: R8 refuses it while the risk is unassessed or unresolved; 慎之又慎 is flagged, never refused. */
    @CommandHandler
    long handle(RuleOnCaseCommand command) {
        requireOpen("ruledOn", command.ruledOn());
        if (!command.kind().issuedBy(organ)) throw new RulingKindNotOfOrganException(command.kind(), organ);
        RiskBeforeRuling.requireMayRule(caseClass, assessment.underAssessment(), assessment.progress());
        return Recorded.apply(new CaseRulingMadeEvent(caseId, command.kind(), command.summary(), stage,
                assessment.opinions().callsForUtmostCaution(), command.ruledOn()));
    }

    /** A new procedural stage re-opens the assessment; a 重大疑难复杂 case leaves a stage only once it is graded (R8). */
    @CommandHandler
    long handle(ChangeCaseStageCommand command) {
        requireOpen("changedOn", command.changedOn());
        if (command.stage() == stage) throw CaseStepOutOfOrderException.stageUnchanged(stage.label());
        RiskBeforeRuling.requireGradedBeforeLeaving(caseClass, assessment.progress());
        return Recorded.apply(new CaseStageChangedEvent(caseId, stage, command.stage(), command.reason(),
                command.changedOn()));
    }

    @CommandHandler
    long handle(RecordCaseVisitCommand command) {
        requireOpen("visitedOn", command.visitedOn());
        return Recorded.apply(new CaseVisitRecordedEvent(caseId, command.visitor(), command.summary(),
                command.visitedOn()));
    }

    /** 结案: after a ruling, with every measure carried out. */
    @CommandHandler
    long handle(CloseCaseCommand command) {
        requireOpen("closedOn", command.closedOn());
        if (!ruled) throw CaseStepOutOfOrderException.notRuled();
        assessment.requireNoOpenMeasures();
        return Recorded.apply(new CaseClosedEvent(caseId, command.summary(), command.closedOn()));
    }

    /** Erasure (crypto-shredding) on its legal ground, also after closure: retention ends after the case does. */
    @CommandHandler
    long handle(ErasePersonalDataCommand command) {
        BusinessDates.requireNotInFuture("erasedOn", command.erasedOn());
        persons.requireNotErased(command.keyId());
        return Recorded.apply(new PersonalDataErasedEvent(caseId, command.keyId(), command.legalGround(),
                command.erasedOn()));
    }

    @CommandHandler
    long handle(RestrictPersonalDataCommand command) {
        BusinessDates.requireNotInFuture("restrictedOn", command.restrictedOn());
        persons.requireNotErased(command.keyId());
        CasePersons.requireReader(command.readableBy());
        return Recorded.apply(new PersonalDataRestrictedEvent(caseId, command.keyId(), command.legalGround(),
                command.readableBy(), command.restrictedOn()));
    }

    private void requireOpen(String dateField, LocalDate businessDate) {
        if (closed) throw CaseStepOutOfOrderException.closed();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(CaseListedEvent event) {
        caseId = event.caseId();
        organ = event.organ();
        caseClass = event.caseClass();
        jurisdiction = event.jurisdiction();
        stage = event.stage();
        persons = new CasePersons(event.persons());
    }

    @EventSourcingHandler
    void on(CaseStageChangedEvent event) {
        stage = event.to();
    }

    @EventSourcingHandler
    void on(CaseRulingMadeEvent event) {
        ruled = true;
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        persons.erased(event.keyId());
    }
}
