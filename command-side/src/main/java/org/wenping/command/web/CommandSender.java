package org.wenping.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Sends a command on behalf of the current request (its actor and correlation id, {@link CommandMetadata}),
 * waits for it, and answers as {@link Accepted}.
 */
@Component
public class CommandSender {
    private final CommandGateway gateway;

    CommandSender(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends a command on an existing record; 200 with the record's id and new version. */
    public ResponseEntity<Map<String, Object>> send(Object id, Object command) {
        return Accepted.version(id, version(id, command));
    }

    /**
     * Sends a command on the existing record {@code id} and answers its new version; an id under which no record
     * of the command's kind was recorded is refused as {@link UnknownRecordException}.
     */
    public long version(Object id, Object command) {
        try {
            return gateway.sendAndWait(command, CommandMetadata.forCurrentRequest());
        } catch (AggregateNotFoundException unknown) {
            throw UnknownRecordException.of(id);
        } catch (IncompatibleAggregateException otherKind) {
            // The id's events are another kind's (an expert's id sent to a matter): none of them sets this
            // aggregate's identifier. Axon 4.13's filterEventsByType would say so earlier, but its Spring
            // lookup does not pass the annotation's flag on.
            throw UnknownRecordException.of(id);
        }
    }

    /** Sends the command that registers record {@code id}; 201 at {@code collectionPath/id}, version 0. */
    public ResponseEntity<Map<String, Object>> register(String collectionPath, Object id, Object command) {
        gateway.sendAndWait(command, CommandMetadata.forCurrentRequest());
        return Accepted.created(collectionPath, id);
    }
}
