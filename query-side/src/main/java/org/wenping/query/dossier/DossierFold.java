package org.wenping.query.dossier;

import org.wenping.kernel.RecordEvent;

/**
 * Folds one record's events, in order, into the facts its dossier shows; lives only while one dossier is built.
 *
 * @param <F> the facts of the record's kind
 */
public interface DossierFold<F> {
    void apply(RecordEvent event);

    /** The facts so far; null until the record's opening event has been folded in. */
    F facts();
}
