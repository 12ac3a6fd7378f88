package org.wenping.command.registry;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.AuthorisedRecord;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.Recorded;
import org.wenping.command.domain.ReferenceOutsideJurisdictionException;
import org.wenping.command.domain.UnknownReferenceException;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An expert of the 专家库 (seed 002), kept by the 维稳办 or an administrator; R5 reads it when a panel is named. */
@Aggregate(cache = AuthorisedRecord.CACHE)
class Expert extends AuthorisedRecord {
    @AggregateIdentifier
    private ExpertId expertId;
    private JurisdictionCode jurisdiction;
    private boolean removed;

    Expert() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return jurisdiction;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterExpertCommand command, AgencyRegistry agencies) {
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        requireRecorded(command.affiliatedAgencies(), agencies);
        apply(new ExpertRegisteredEvent(command.expertId(), command.name(), command.specialty(),
                command.affiliatedUnits(), command.affiliatedAgencies(), command.jurisdiction(), command.registeredOn()));
    }

    @CommandHandler
    long handle(ChangeExpertAffiliationsCommand command, AgencyRegistry agencies) {
        requireInPool();
        BusinessDates.requireNotInFuture("changedOn", command.changedOn());
        requireRecorded(command.affiliatedAgencies(), agencies);
        return Recorded.apply(new ExpertAffiliationsChangedEvent(expertId, command.affiliatedUnits(),
                command.affiliatedAgencies(), command.changedOn()));
    }

    @CommandHandler
    long handle(DeclareExpertInterestCommand command, MatterJurisdictions matters) {
        requireInPool();
        BusinessDates.requireNotInFuture("declaredOn", command.declaredOn());
        JurisdictionCode matter = matters.jurisdictionOf(command.matterId())
                .orElseThrow(() -> new UnknownReferenceException("matterId", "事项", command.matterId()));
        if (!jurisdiction.contains(matter)) {
            throw new ReferenceOutsideJurisdictionException("matterId", "事项", command.matterId(), matter, jurisdiction);
        }
        return Recorded.apply(new ExpertInterestDeclaredEvent(expertId, command.matterId(), command.interest(),
                command.declaredOn()));
    }

    @CommandHandler
    long handle(RemoveExpertCommand command) {
        requireInPool();
        BusinessDates.requireNotInFuture("removedOn", command.removedOn());
        return Recorded.apply(new ExpertRemovedEvent(expertId, command.reason(), command.removedOn()));
    }

    /** An affiliation names an agency of the registry (of any jurisdiction: a tie elsewhere is still a tie). */
    private static void requireRecorded(List<AgencyId> affiliated, AgencyRegistry agencies) {
        for (AgencyId agency : affiliated) {
            if (agencies.findAgency(agency).isEmpty()) {
                throw new UnknownReferenceException("affiliatedAgencies", "评估机构", agency);
            }
        }
    }

    private void requireInPool() {
        if (removed) throw new RegistryEntryRetiredException(expertId);
    }

    @EventSourcingHandler
    void on(ExpertRegisteredEvent event) {
        expertId = event.expertId();
        jurisdiction = event.jurisdiction();
    }

    @EventSourcingHandler
    void on(ExpertRemovedEvent event) {
        removed = true;
    }
}
