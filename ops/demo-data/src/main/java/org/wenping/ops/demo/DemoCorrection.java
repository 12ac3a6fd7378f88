package org.wenping.ops.demo;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.wenping.command.matter.CorrectEventCommand;
import org.wenping.command.personal.PersonalDataSealer;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 更正 (R10) of a demo matter's event, named by its place in the matter's history: the event's identifier is given by
 * the store when the event is written, so it is looked up only when the correction is sent.
 */
record DemoCorrection(MatterId matterId, long expectedVersion, long correctedSequence, String reason,
                      LocalDate correctedOn) implements DeferredCommand {

    @Override
    public CorrectEventCommand complete(PersonalDataSealer sealer, EventStore eventStore) {
        DomainEventMessage<?> corrected = eventStore.readEvents(matterId.value(), correctedSequence).next();
        if (corrected.getSequenceNumber() != correctedSequence) {
            throw new IllegalStateException("演示更正:事项 " + matterId.value() + " 没有第 " + correctedSequence + " 号事件");
        }
        return new CorrectEventCommand(matterId, expectedVersion, corrected.getIdentifier(), reason, correctedOn);
    }
}
