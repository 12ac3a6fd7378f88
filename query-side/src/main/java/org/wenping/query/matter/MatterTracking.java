package org.wenping.query.matter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows the decision (跟踪): measures still open and incidents reported.
 *
 * @param incidentsAfterDecision incidents that happened on or after the (latest) decision date
 * @param measuresDue            the open measures that have a due date, so that one past it can be found (and
 *                               queried: {@code measuresDue.dueBy}); a view stored before it existed reads as none
 */
public record MatterTracking(int openMeasures, int incidents, int incidentsAfterDecision, List<OpenMeasure> measuresDue) {
    static final MatterTracking NONE = new MatterTracking(0, 0, 0, List.of());

    public MatterTracking {
        measuresDue = measuresDue == null ? List.of() : List.copyOf(measuresDue);
    }

    MatterTracking measureAdopted(String measureId, LocalDate dueBy) {
        List<OpenMeasure> due = new ArrayList<>(measuresDue);
        if (dueBy != null) due.add(new OpenMeasure(measureId, dueBy));
        return new MatterTracking(openMeasures + 1, incidents, incidentsAfterDecision, due);
    }

    MatterTracking measureCompleted(String measureId) {
        List<OpenMeasure> due = measuresDue.stream().filter(measure -> !measure.measureId().equals(measureId)).toList();
        return new MatterTracking(Math.max(0, openMeasures - 1), incidents, incidentsAfterDecision, due);
    }

    MatterTracking incident(boolean afterDecision) {
        return new MatterTracking(openMeasures, incidents + 1, incidentsAfterDecision + (afterDecision ? 1 : 0), measuresDue);
    }

    /** 防范化解不落实: a measure still open after its due date, judged on {@code today}. */
    public boolean measureOverdueOn(LocalDate today) {
        return measuresDue.stream().anyMatch(measure -> today.isAfter(measure.dueBy()));
    }
}
