package org.wenping.command.registry;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.wenping.command.web.Authority;
import org.wenping.command.web.BusinessDates;
import org.wenping.command.web.Recorded;
import org.wenping.kernel.actor.Role;
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

    @CommandHandler
    Expert(RegisterExpertCommand command, MetaData metaData) {
        Authority.require(metaData, "专家入库", command.jurisdiction(), Role.ADMIN, Role.SUPERVISOR);
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        apply(new ExpertRegisteredEvent(command.expertId(), command.name(), command.specialty(),
                command.affiliatedUnits(), command.affiliatedAgencies(), command.jurisdiction(), command.registeredOn()));
    }

    @CommandHandler
    long handle(ChangeExpertAffiliationsCommand command, MetaData metaData) {
        requireInPool(metaData, "变更专家关联单位");
        BusinessDates.requireNotInFuture("changedOn", command.changedOn());
        return Recorded.apply(new ExpertAffiliationsChangedEvent(expertId, command.affiliatedUnits(),
                command.affiliatedAgencies(), command.changedOn()));
    }

    @CommandHandler
    long handle(DeclareExpertInterestCommand command, MetaData metaData) {
        requireInPool(metaData, "申报利害关系");
        BusinessDates.requireNotInFuture("declaredOn", command.declaredOn());
        return Recorded.apply(new ExpertInterestDeclaredEvent(expertId, command.matterId(), command.interest(),
                command.declaredOn()));
    }

    @CommandHandler
    long handle(RemoveExpertCommand command, MetaData metaData) {
        requireInPool(metaData, "专家出库");
        BusinessDates.requireNotInFuture("removedOn", command.removedOn());
        return Recorded.apply(new ExpertRemovedEvent(expertId, command.reason(), command.removedOn()));
    }

    private void requireInPool(MetaData metaData, String step) {
        Authority.require(metaData, step, jurisdiction, Role.ADMIN, Role.SUPERVISOR);
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
