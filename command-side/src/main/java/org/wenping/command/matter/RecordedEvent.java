package org.wenping.command.matter;

import org.wenping.kernel.actor.Role;

/**
 * One event of the matter as a correction needs it (R10).
 *
 * @param type       the event's type, as the correction names it
 * @param recordedBy the role of the actor in the event's metadata, or null for an event recorded without one
 * @param correction whether the event is itself a correction
 */
record RecordedEvent(String type, Role recordedBy, boolean correction) {
}
