package org.wenping.command.matter;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateMember;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.Recorded;
import org.wenping.command.lists.AssessmentLists;
import org.wenping.command.lists.ListRulePolicy;
import org.wenping.command.registry.AgencyRegistry;
import org.wenping.command.registry.RegisteredAgency;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.AssessmentAgencyCommissionedEvent;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.DecisionMadeEvent;
import org.wenping.kernel.matter.EventCorrectedEvent;
import org.wenping.kernel.matter.FilingStage;
import org.wenping.kernel.matter.MatterClosedEvent;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.matter.Procedure;
import org.wenping.kernel.matter.ProcedureEscalatedEvent;
import org.wenping.kernel.matter.ReassessmentOpenedEvent;
import org.wenping.kernel.matter.ReportFiledEvent;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A 重大事项 on its way from 立项 to closure; every change is an event. The root owns registration, the
 * decision (R1, R2), filings (R6), the procedure (R3), closure and corrections (R10); the assessment and
 * tracking stages are its members. Who may send which command (R9) is checked once, at its entry.
 *
 * <p>Revision 2 of the snapshot: the ledger knows who recorded each event (R10); older snapshots are ignored and
 * the matter is replayed from its events.
 */
@Aggregate(snapshotTriggerDefinition = "matterSnapshotTrigger", cache = AuthorisedRecord.CACHE)
@Revision("2")
class Matter extends AuthorisedRecord {
    @AggregateIdentifier
    private MatterId matterId;
    private MatterFacts facts;
    private MatterStage stage;
    private LocalDate filingDeadline;
    private boolean decisionFiled;
    @AggregateMember
    private MatterAssessment assessment = new MatterAssessment();
    @AggregateMember
    private MatterTracking tracking = new MatterTracking();
    @AggregateMember
    private MatterEventLedger ledger = new MatterEventLedger();

    Matter() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return facts == null ? null : facts.jurisdiction();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterMatterCommand command, AssessmentLists lists) {
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        FiledListRule.requireOpenItem(lists, command.listId(), command.listItemNo());
        apply(new MatterRegisteredEvent(command.matterId(), command.title(), command.category(), command.domain(),
                command.responsibleUnit(), command.decisionAuthority(), command.jurisdiction(), command.procedure(),
                command.assessorMode(), command.gradingScheme(), command.registeredOn(), command.listId(),
                command.listItemNo(), command.offListReason()));
    }

    /** R4: 委托第三方 needs a registered agency of the matter's jurisdiction or above, selected in a lawful way (seed 002). */
    @CommandHandler
    long handle(CommissionAgencyCommand command, AgencyRegistry agencies) {
        requireOpen("commissionedOn", command.commissionedOn());
        if (stage != MatterStage.ASSESSING) throw StepOutOfOrderException.assessmentNotOpen();
        if (facts.assessorMode() != AssessorMode.THIRD_PARTY) throw ThirdPartyAgencyException.notThirdParty();
        if (!command.selectionMethod().isLawful()) throw ThirdPartyAgencyException.unlawfulSelection(command.selectionMethod());
        RegisteredAgency agency = agencies.findAgency(command.agencyId()).filter(RegisteredAgency::registered)
                .orElseThrow(() -> ThirdPartyAgencyException.notRegistered(command.agencyId()));
        if (!agency.serves(facts.jurisdiction())) throw ThirdPartyAgencyException.outsideJurisdiction(agency);
        return Recorded.apply(new AssessmentAgencyCommissionedEvent(matterId, command.agencyId(), command.selectionMethod(),
                command.commissionedOn()));
    }

    /** R1 不评估不决策, R11 未备案不审批, then R2 评用结合; the decision carries its filing deadline (R6). */
    @CommandHandler
    long handle(MakeDecisionCommand command, AssessmentLists lists, ListRulePolicy listRules) {
        requireOpen("decidedOn", command.decidedOn());
        if (stage == MatterStage.TRACKING) throw StepOutOfOrderException.alreadyDecided();
        assessment.missingBeforeDecision().ifPresent(missing -> {
            throw new NotAssessedException(missing);
        });
        FiledListRule.requireFiledBeforeDecision(lists, listRules, matterId, facts, command.decidedOn());
        RiskLevel grade = assessment.grade();
        boolean allowed = DecisionTable.allows(grade, command.decision(), tracking.resolutionPlanInPlace());
        boolean overridden = command.overrideReason() != null && !command.overrideReason().isBlank();
        if (!allowed && !overridden) throw new DecisionAgainstGradeException(grade, command.decision());
        return Recorded.apply(new DecisionMadeEvent(matterId, command.decision(), grade, command.meetingReference(),
                overridden ? command.overrideReason() : null, !allowed, command.decidedOn(), FilingDeadline.after(command.decidedOn())));
    }

    /** 报备: before the decision the reviewed report (R1); after it the report and decision, late or not (R6). */
    @CommandHandler
    long handle(RecordFilingCommand command) {
        BusinessDates.requireNotInFuture("filedOn", command.filedOn());
        if (stage == MatterStage.ASSESSING) {
            assessment.requireReadyForReviewFiling();
            return Recorded.apply(new ReportFiledEvent(matterId, FilingStage.REVIEW, command.receiptNumber(), command.filedOn(),
                    null, false));
        }
        if (decisionFiled) throw StepOutOfOrderException.alreadyFiled();
        return Recorded.apply(new ReportFiledEvent(matterId, FilingStage.DECISION, command.receiptNumber(), command.filedOn(),
                filingDeadline, FilingDeadline.missedBy(command.filedOn(), filingDeadline)));
    }

    /** R3: the responsible unit may move a matter from 简易程序 to 普通程序 at any time before closure. */
    @CommandHandler
    long handle(EscalateProcedureCommand command) {
        requireOpen("escalatedOn", command.escalatedOn());
        if (facts.procedure() != Procedure.SIMPLIFIED) throw new NotSimplifiedProcedureException(facts.procedure());
        return Recorded.apply(new ProcedureEscalatedEvent(matterId, Procedure.SIMPLIFIED, Procedure.STANDARD, command.reason(),
                command.escalatedOn()));
    }

    @CommandHandler
    long handle(CloseMatterCommand command) {
        requireOpen("closedOn", command.closedOn());
        if (stage != MatterStage.TRACKING) throw StepOutOfOrderException.notDecided();
        return Recorded.apply(new MatterClosedEvent(matterId, command.summary(), command.closedOn()));
    }

    /** R10 ({@link Corrections}): a correction names an event of this matter and why it was wrong, even after closure. */
    @CommandHandler
    long handle(CorrectEventCommand command, MetaData metaData) {
        BusinessDates.requireNotInFuture("correctedOn", command.correctedOn());
        RecordedEvent corrected = Corrections.require(EventMetadata.actorOf(metaData).orElseThrow(),
                command.correctedEventId(), ledger.find(command.correctedEventId()));
        return Recorded.apply(new EventCorrectedEvent(matterId, command.correctedEventId(), corrected.type(),
                command.reason(), command.correctedOn()));
    }

    private void requireOpen(String dateField, LocalDate businessDate) {
        if (stage == MatterStage.CLOSED) throw StepOutOfOrderException.closed();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(MatterRegisteredEvent event) {
        matterId = event.matterId();
        facts = MatterFacts.of(event);
        stage = MatterStage.ASSESSING;
    }

    @EventSourcingHandler
    void on(ProcedureEscalatedEvent event) {
        facts = facts.withProcedure(event.to());
    }

    @EventSourcingHandler
    void on(DecisionMadeEvent event) {
        stage = MatterStage.TRACKING;
        filingDeadline = event.filingDeadline();
        decisionFiled = false;
    }

    @EventSourcingHandler
    void on(ReportFiledEvent event) {
        if (event.stage() == FilingStage.DECISION) decisionFiled = true;
    }

    @EventSourcingHandler
    void on(ReassessmentOpenedEvent event) {
        stage = MatterStage.ASSESSING;
    }

    @EventSourcingHandler
    void on(MatterClosedEvent event) {
        stage = MatterStage.CLOSED;
    }
}
