package org.wenping.kernel;

import java.time.LocalDate;

/**
 * An event on one record (a matter, an expert, an agency …). Each kind of record has its own sealed family
 * in its package ({@code MatterEvent}, {@code ExpertEvent}, {@code AgencyEvent}), so that a switch over a
 * family is exhaustive and an event added to it without being handled does not compile.
 */
public interface RecordEvent {
    /** The record's id as stored: the aggregate identifier of the event's stream. */
    String recordId();

    /** The business date the event says its act happened on (registeredOn, decidedOn …), not when it was recorded. */
    LocalDate businessDate();
}
