package org.wenping.command.inquiry;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.OutsideJurisdictionException;
import org.wenping.command.domain.Recorded;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.inquiry.FindingRecordedEvent;
import org.wenping.kernel.inquiry.InquiryConcludedEvent;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.InquiryOpenedEvent;
import org.wenping.kernel.inquiry.SanctionImposedEvent;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A 责任倒查 into one matter or case, by inspectors of its jurisdiction (R9, CONDUCT_INQUIRY): findings that rest on
 * the subject's own events and name who acted in them, sanctions on those findings, and a conclusion after which
 * nothing more is recorded.
 */
@Aggregate(cache = AuthorisedRecord.CACHE)
class AccountabilityInquiry extends AuthorisedRecord {
    @AggregateIdentifier
    private InquiryId inquiryId;
    private String subjectId;
    private JurisdictionCode jurisdiction;
    private final Set<String> findings = new HashSet<>();
    private boolean concluded;

    AccountabilityInquiry() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return jurisdiction;
    }

    /** The subject exists, and lies in the inspector's jurisdiction whatever jurisdiction the command names. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(OpenInquiryCommand command, SubjectRecords subjects, MetaData metaData) {
        BusinessDates.requireNotInFuture("openedOn", command.openedOn());
        SubjectHistory subject = subjects.find(command.subjectId())
                .orElseThrow(() -> new SubjectNotFoundException(command.subjectId()));
        Actor inspector = EventMetadata.actorOf(metaData).orElseThrow();
        if (!inspector.mayActIn(subject.jurisdiction())) throw new OutsideJurisdictionException(inspector, subject.jurisdiction());
        apply(new InquiryOpenedEvent(command.inquiryId(), command.subjectId(), subject.kind(), subject.title(),
                command.reason(), command.reasonText(), subject.jurisdiction(), command.openedOn()));
    }

    /** The evidence is the subject's; who the person is and how far they answer, the record says (Culpability). */
    @CommandHandler
    long handle(RecordFindingCommand command, SubjectRecords subjects) {
        requireOpen("foundOn", command.foundOn());
        List<Long> evidence = command.evidence().stream().distinct().sorted().toList();
        if (evidence.isEmpty()) throw EvidenceNotInSubjectException.none();
        SubjectHistory subject = subjects.find(subjectId).orElseThrow(() -> new SubjectNotFoundException(subjectId));
        subject.firstAbsent(evidence).ifPresent(absent -> {
            throw EvidenceNotInSubjectException.absent(absent, subjectId);
        });
        Culpability culpability = Culpability.of(subject, command.person(), command.breach(), evidence);
        String mitigation = BreachTable.deliberate(command.breach()) ? null : subject.mitigationGrounds();
        return Recorded.apply(new FindingRecordedEvent(inquiryId, command.findingId(), command.person(),
                culpability.name(), culpability.unit(), culpability.roles(), culpability.responsibility(),
                command.breach(), evidence, mitigation != null, mitigation, command.statement(), command.foundOn()));
    }

    @CommandHandler
    long handle(ImposeSanctionCommand command) {
        requireOpen("imposedOn", command.imposedOn());
        if (!findings.contains(command.findingId())) throw InquiryStepException.unknownFinding(command.findingId());
        return Recorded.apply(new SanctionImposedEvent(inquiryId, command.findingId(), command.kind(), command.text(),
                command.imposedOn()));
    }

    @CommandHandler
    long handle(ConcludeInquiryCommand command) {
        requireOpen("concludedOn", command.concludedOn());
        return Recorded.apply(new InquiryConcludedEvent(inquiryId, command.conclusion(), command.concludedOn()));
    }

    private void requireOpen(String dateField, LocalDate businessDate) {
        if (concluded) throw InquiryStepException.concluded();
        BusinessDates.requireNotInFuture(dateField, businessDate);
    }

    @EventSourcingHandler
    void on(InquiryOpenedEvent event) {
        inquiryId = event.inquiryId();
        subjectId = event.subjectId();
        jurisdiction = event.jurisdiction();
    }

    @EventSourcingHandler
    void on(FindingRecordedEvent event) {
        findings.add(event.findingId());
    }

    @EventSourcingHandler
    void on(InquiryConcludedEvent event) {
        concluded = true;
    }
}
