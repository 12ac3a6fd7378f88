package org.wenping.ops.it;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A tracking projection that appends every delivery to a file, one line {@code position aggregateId sequence}:
 * {@link DeliveryProbe} for an application in another JVM.
 */
@ProcessingGroup(DeliveryLog.GROUP)
class DeliveryLog {
    static final String GROUP = "delivery-log";

    private final Path file;

    DeliveryLog(Path file) {
        this.file = file;
    }

    @EventHandler
    synchronized void on(Object payload, EventMessage<?> message, TrackingToken token) throws IOException {
        String stream = message instanceof DomainEventMessage<?> event
                ? event.getAggregateIdentifier() + " " + event.getSequenceNumber() : "- -";
        Files.writeString(file, token.position().orElseThrow() + " " + stream + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
