package org.wenping.command.matter;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.matter.EventCorrectedEvent;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every event of the matter by its identifier, and who recorded it, so that a correction can only name one of them (R10). */
class MatterEventLedger {
    private Map<String, RecordedEvent> eventsById = new HashMap<>();

    Optional<RecordedEvent> find(String eventId) {
        return Optional.ofNullable(eventsById.get(eventId));
    }

    @EventSourcingHandler
    void on(Object event, @MessageIdentifier String eventId, MetaData metaData) {
        eventsById.put(eventId, new RecordedEvent(event.getClass().getSimpleName(),
                EventMetadata.actorOf(metaData).map(Actor::role).orElse(null), event instanceof EventCorrectedEvent));
    }
}
