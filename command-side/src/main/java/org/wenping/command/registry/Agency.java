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
import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A third-party assessment agency in the registry (seed 002); R4 reads it when a matter commissions one. */
@Aggregate
class Agency {
    @AggregateIdentifier
    private AgencyId agencyId;
    private JurisdictionCode jurisdiction;
    private boolean deregistered;

    Agency() {
    }

    @CommandHandler
    Agency(RegisterAgencyCommand command, MetaData metaData) {
        Authority.require(metaData, "评估机构登记", command.jurisdiction(), Role.ADMIN, Role.SUPERVISOR);
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        apply(new AgencyRegisteredEvent(command.agencyId(), command.name(), command.creditCode(),
                command.jurisdiction(), command.registeredOn()));
    }

    @CommandHandler
    long handle(DeregisterAgencyCommand command, MetaData metaData) {
        Authority.require(metaData, "评估机构除名", jurisdiction, Role.ADMIN, Role.SUPERVISOR);
        if (deregistered) throw new RegistryEntryRetiredException(agencyId);
        BusinessDates.requireNotInFuture("deregisteredOn", command.deregisteredOn());
        return Recorded.apply(new AgencyDeregisteredEvent(agencyId, command.reason(), command.deregisteredOn()));
    }

    @EventSourcingHandler
    void on(AgencyRegisteredEvent event) {
        agencyId = event.agencyId();
        jurisdiction = event.jurisdiction();
    }

    @EventSourcingHandler
    void on(AgencyDeregisteredEvent event) {
        deregistered = true;
    }
}
