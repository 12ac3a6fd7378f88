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
import org.wenping.kernel.registry.AgencyDeregisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.AgencyRegisteredEvent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A third-party assessment agency in the registry (seed 002); R4 reads it when a matter commissions one. */
@Aggregate(cache = AuthorisedRecord.CACHE)
class Agency extends AuthorisedRecord {
    @AggregateIdentifier
    private AgencyId agencyId;
    private JurisdictionCode jurisdiction;
    private boolean deregistered;

    Agency() {
    }

    @Override
    protected JurisdictionCode recordJurisdiction() {
        return jurisdiction;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    void handle(RegisterAgencyCommand command) {
        BusinessDates.requireNotInFuture("registeredOn", command.registeredOn());
        apply(new AgencyRegisteredEvent(command.agencyId(), command.name(), command.creditCode(),
                command.jurisdiction(), command.registeredOn()));
    }

    @CommandHandler
    long handle(DeregisterAgencyCommand command) {
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
