package org.wenping.command.web;

import org.axonframework.messaging.MetaData;
import org.slf4j.MDC;
import org.wenping.kernel.actor.EventMetadata;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** The metadata of a command sent on behalf of the current request: its actor and correlation id. */
public final class CommandMetadata {
    /** The MDC key under which the request's correlation id is kept (set by the web filter in ops). */
    public static final String CORRELATION_MDC_KEY = "correlationId";

    private CommandMetadata() {
    }

    public static MetaData forCurrentRequest() {
        Map<String, Object> entries = new HashMap<>(EventMetadata.of(CurrentActor.get()));
        String correlationId = MDC.get(CORRELATION_MDC_KEY);
        entries.put(EventMetadata.CORRELATION_ID, correlationId != null ? correlationId : UUID.randomUUID().toString());
        return MetaData.from(entries);
    }
}
