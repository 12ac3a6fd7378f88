package org.wenping.command.matter;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Scope;

import java.util.Optional;

/**
 * R10 更正: a mistake is corrected by a later event that names the event it corrects and why; nothing is
 * overwritten. Only the role that recorded an event may correct it, and the 维稳办 may correct any (the scope
 * the permission table gives each role for {@link Action#CORRECT_RECORD}). An event recorded without an actor
 * is corrected by the 维稳办 alone.
 * <p>A correction is not itself corrected: a correction that was wrong is answered by another correction of the
 * original event, so that every event has one flat list of corrections beside it in the 一事一档 and the question
 * who may correct stays the question who recorded the original (docs/lifecycle.md).
 */
final class Corrections {
    private Corrections() {
    }

    /** The event {@code corrector} corrects, once R10 allows it. */
    static RecordedEvent require(Actor corrector, String eventId, Optional<RecordedEvent> found) {
        RecordedEvent corrected = found.orElseThrow(() -> new UnknownCorrectedEventException(eventId));
        Optional<Scope> scope = Permissions.scope(corrector.role(), Action.CORRECT_RECORD);
        if (scope.equals(Optional.of(Scope.RECORDED_BY_OWN_ROLE)) && corrected.recordedBy() != corrector.role()) {
            throw new NotRecorderException(corrector, corrected);
        }
        if (corrected.correction()) throw new CorrectionOfCorrectionException(eventId);
        return corrected;
    }
}
