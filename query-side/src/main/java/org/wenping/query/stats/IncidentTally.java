package org.wenping.query.stats;

import java.util.List;

/** Incidents on decided matters: the number of incidents, and the matters (ids ascending) they fell on. */
record IncidentTally(String label, int incidents, int matters, List<String> matterIds) {
    static IncidentTally of(String label, int incidents, List<String> ids) {
        return new IncidentTally(label, incidents, ids.size(), ids.stream().sorted().toList());
    }
}
