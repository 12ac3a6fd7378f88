package org.wenping.command.inquiry;

import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.inquiry.RecordRole;

/**
 * One event of the subject: where it stands in the stream, the part it shows its recorder playing, and who that was.
 *
 * @param actor who recorded it, or null for an event recorded without one
 */
record SubjectAct(long sequence, RecordRole role, Actor actor) {
    boolean recordedBy(String person) {
        return actor != null && actor.userId().equals(person);
    }
}
