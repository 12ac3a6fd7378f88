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
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An expert of the 专家库 (seed 002), kept by the 维稳办 or an administrator; R5 reads it when a panel is named. */
@Aggregate
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
    void handle(RegisterExpertCommand command) {
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        apply(new ExpertRegisteredEvent(command.expertId(), command.name(), command.specialty(),
                command.affiliatedUnits(), command.affiliatedAgencies(), command.jurisdiction(), command.registeredOn()));
    }

    @CommandHandler
    long handle(ChangeExpertAffiliationsCommand command) {
        requireInPool();
        BusinessDates.requireNotInFuture("changedOn", command.changedOn());
        return Recorded.apply(new ExpertAffiliationsChangedEvent(expertId, command.affiliatedUnits(),
                command.affiliatedAgencies(), command.changedOn()));
    }

    @CommandHandler
    long handle(DeclareExpertInterestCommand command) {
        requireInPool();
        BusinessDates.requireNotInFuture("declaredOn", command.declaredOn());
        return Recorded.apply(new ExpertInterestDeclaredEvent(expertId, command.matterId(), command.interest(),
                command.declaredOn()));
    }

    @CommandHandler
    long handle(RemoveExpertCommand command) {
        requireInPool();
        BusinessDates.requireNotInFuture("removedOn", command.removedOn());
        return Recorded.apply(new ExpertRemovedEvent(expertId, command.reason(), command.removedOn()));
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
