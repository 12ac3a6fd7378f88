package org.wenping.ops.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.wenping.kernel.actor.EventMetadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies the actor of a command onto every event it causes (R9), keeps the request's correlation id,
 * and names the command as the events' causation.
 */
class AuditCorrelationDataProvider implements CorrelationDataProvider {
    private static final List<String> ACTOR_KEYS = List.of(EventMetadata.ACTOR_ID, EventMetadata.ACTOR_NAME,
            EventMetadata.ACTOR_ROLE, EventMetadata.ACTOR_UNIT, EventMetadata.ACTOR_JURISDICTION);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : ACTOR_KEYS) {
            Object value = message.getMetaData().get(key);
            if (value != null) data.put(key, value);
        }
        data.put(EventMetadata.CORRELATION_ID,
                message.getMetaData().getOrDefault(EventMetadata.CORRELATION_ID, message.getIdentifier()));
        data.put(EventMetadata.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
