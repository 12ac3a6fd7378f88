package org.wenping.command.matter;

import org.wenping.command.domain.CommandRefusedException;
import org.wenping.kernel.actor.Actor;

/** R10: only the role that recorded an event (and the 维稳办) may correct it. */
class NotRecorderException extends CommandRefusedException {
    NotRecorderException(Actor corrector, RecordedEvent corrected) {
        super("R10_NOT_RECORDER", Kind.FORBIDDEN, "correctedEventId", "该记录由"
                + (corrected.recordedBy() == null ? "未署名的办理人" : "“" + corrected.recordedBy().label() + "”")
                + "录入,角色“" + corrector.role().label() + "”无权更正,只有录入该记录的角色或维稳办可以更正");
    }
}
