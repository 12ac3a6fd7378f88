package org.wenping.query.matter;

/**
 * What follows the decision (跟踪): measures still open and incidents reported.
 *
 * @param incidentsAfterDecision incidents that happened on or after the (latest) decision date
 */
public record MatterTracking(int openMeasures, int incidents, int incidentsAfterDecision) {
    static final MatterTracking NONE = new MatterTracking(0, 0, 0);

    MatterTracking measureAdopted() {
        return new MatterTracking(openMeasures + 1, incidents, incidentsAfterDecision);
    }

    MatterTracking measureCompleted() {
        return new MatterTracking(Math.max(0, openMeasures - 1), incidents, incidentsAfterDecision);
    }

    MatterTracking incident(boolean afterDecision) {
        return new MatterTracking(openMeasures, incidents + 1, incidentsAfterDecision + (afterDecision ? 1 : 0));
    }
}
