package org.wenping.command.web;

import org.axonframework.commandhandling.gateway.CommandGateway;
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
        return Accepted.version(id, version(command));
    }

    /** Sends a command on an existing record and answers the record's new version. */
    public long version(Object command) {
        return gateway.sendAndWait(command, CommandMetadata.forCurrentRequest());
    }

    /** Sends the command that registers record {@code id}; 201 at {@code collectionPath/id}, version 0. */
    public ResponseEntity<Map<String, Object>> register(String collectionPath, Object id, Object command) {
        gateway.sendAndWait(command, CommandMetadata.forCurrentRequest());
        return Accepted.created(collectionPath, id);
    }
}
