package org.wenping.command.registry;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.domain.Authority;
import org.wenping.command.domain.BusinessDates;
import org.wenping.command.domain.RecordCommand;
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
class Expert {
    @AggregateIdentifier
    private ExpertId expertId;
    private JurisdictionCode jurisdiction;
    private boolean removed;

    Expert() {
    }

    /** R9 for every command of the expert, before any handler runs. */
    @CommandHandlerInterceptor
    Object authorise(RecordCommand command, MetaData metaData, InterceptorChain chain) throws Exception {
        Authority.require(command, metaData, jurisdiction);
        return chain.proceed();
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
