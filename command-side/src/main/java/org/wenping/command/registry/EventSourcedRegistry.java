package org.wenping.command.registry;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import org.wenping.command.domain.RecordStreams;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.MatterRegisteredEvent;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.Optional;

/**
 * Answers the R4 and R5 lookups (and where a matter an expert declares an interest in lies) from the records' own
 * event streams. An expert or agency has
 * a handful of events, so reading its stream is cheap, always current, and needs no projection to keep
 * in step or rebuild.
 */
@Component
class EventSourcedRegistry implements ExpertPool, AgencyRegistry, MatterJurisdictions {
    private final EventStore eventStore;

    EventSourcedRegistry(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public Optional<PooledExpert> findExpert(ExpertId id) {
        return PooledExpert.replay(RecordStreams.payloads(eventStore, id.value()));
    }

    @Override
    public Optional<RegisteredAgency> findAgency(AgencyId id) {
        return RegisteredAgency.replay(RecordStreams.payloads(eventStore, id.value()));
    }

    /** A matter's first event registers it; a stream that starts otherwise is another kind of record's. */
    @Override
    public Optional<JurisdictionCode> jurisdictionOf(MatterId id) {
        return RecordStreams.payloads(eventStore, id.value()).stream().findFirst()
                .filter(MatterRegisteredEvent.class::isInstance).map(MatterRegisteredEvent.class::cast)
                .map(MatterRegisteredEvent::jurisdiction);
    }
}
