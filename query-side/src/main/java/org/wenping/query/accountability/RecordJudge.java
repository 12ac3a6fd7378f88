package org.wenping.query.accountability;

import org.wenping.kernel.RecordEvent;
import org.wenping.query.dossier.RecordFamily;
import org.wenping.query.dossier.RecordedEvent;

import java.time.LocalDate;

/**
 * One kind of record as 责任倒查 judges it: what each of its events shows by itself, and the breaches its whole
 * stream shows. The timeline and the per-person list are written once over this.
 */
interface RecordJudge<E extends RecordEvent> {
    RecordFamily<E> family();

    Shown shown(E event);

    /** A fresh seeker, judging due dates and deadlines on {@code today}. */
    BreachSeeker breaches(LocalDate today);

    default Shown shown(RecordedEvent recorded) {
        return family().eventOf(recorded).map(this::shown).orElse(Shown.NOTHING);
    }
}
