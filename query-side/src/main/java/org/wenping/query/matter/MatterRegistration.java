package org.wenping.query.matter;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.matter.MatterRegisteredEvent;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The registration (立项): the matter's facts, its business date, when it was recorded and by whom.
 *
 * @param registeredBy null for an event recorded without an actor in its metadata
 */
public record MatterRegistration(@JsonUnwrapped MatterFacts facts, LocalDate registeredOn, Instant registeredAt,
                                 Actor registeredBy) {
    static MatterRegistration of(MatterRegisteredEvent registered, Actor by, Instant at) {
        return new MatterRegistration(MatterFacts.of(registered), registered.registeredOn(), at, by);
    }
}
