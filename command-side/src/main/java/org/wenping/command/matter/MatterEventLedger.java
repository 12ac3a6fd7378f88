package org.wenping.command.matter;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Every event of the matter by its identifier, so that a correction can only name one of them (R10). */
class MatterEventLedger {
    private Map<String, String> typesById = new HashMap<>();

    Optional<String> typeOf(String eventId) {
        return Optional.ofNullable(typesById.get(eventId));
    }

    @EventSourcingHandler
    void on(Object event, @MessageIdentifier String eventId) {
        typesById.put(eventId, event.getClass().getSimpleName());
    }
}
