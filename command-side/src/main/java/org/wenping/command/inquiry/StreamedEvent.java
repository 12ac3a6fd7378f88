package org.wenping.command.inquiry;

import org.wenping.kernel.actor.Actor;

/**
 * One event of a subject's stream as an inquiry reads it.
 *
 * @param sequence its sequence number in the subject's stream, what a finding cites
 * @param eventId its identifier, which a correction (R10) names
 * @param actor who recorded it (R9 metadata), or null for an event recorded without one
 */
record StreamedEvent(long sequence, String eventId, Object payload, Actor actor) {
}
