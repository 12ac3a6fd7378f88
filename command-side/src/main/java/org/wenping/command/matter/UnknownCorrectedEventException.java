package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;

/** R10: a correction names an event of the same matter; nothing else can be corrected through it. */
class UnknownCorrectedEventException extends CommandRefusedException {
    UnknownCorrectedEventException(String eventId) {
        super("R10_UNKNOWN_EVENT", Kind.UNPROCESSABLE, "correctedEventId", "本事项没有编号为 " + eventId + " 的记录,无从更正");
    }
}
