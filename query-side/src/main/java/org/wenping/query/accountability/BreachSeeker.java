package org.wenping.query.accountability;

import org.wenping.query.dossier.RecordedEvent;

import java.util.List;

/** Reads one record's events in order and finds the breaches the whole stream shows; one per timeline. */
interface BreachSeeker {
    void see(RecordedEvent recorded);

    /** The breaches found, once every event has been seen. */
    List<Breach> finish();
}
