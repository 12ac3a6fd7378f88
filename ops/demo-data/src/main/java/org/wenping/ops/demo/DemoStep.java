package org.wenping.ops.demo;

import org.wenping.kernel.actor.Actor;

import java.time.LocalDate;

/**
 * One command of the demo year, as the actor who gives it, on its business date. {@code versionAfter} is
 * the aggregate's version once the command's events are stored: a step is done when the store holds it.
 */
record DemoStep(String aggregateId, Object command, Actor actor, LocalDate businessDate, long versionAfter,
                String label) {

    /** Whether the aggregate's stored version shows this step was already recorded. */
    boolean doneAt(long storedVersion) {
        return storedVersion >= versionAfter;
    }

    String describe() {
        return aggregateId + " " + label + "(" + businessDate + ")";
    }
}
