package org.wenping.ops.demo;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.wenping.command.personal.PersonalDataSealer;

/**
 * A demo command completed only when it is sent, from what exists only then: a case's sealed persons, the
 * identifier the store gave the event a correction names. Planning the year, which every start does, touches
 * neither the key store nor the event store.
 */
sealed interface DeferredCommand permits DemoListing, DemoCorrection {

    /** The command to send, once the steps before it are stored. */
    Object complete(PersonalDataSealer sealer, EventStore eventStore);
}
