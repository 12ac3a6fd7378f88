package org.wenping.ops.demo;

import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;
import java.util.Set;

/** Who a demo matter is, where and when it was registered, and the path it takes through the year. */
record MatterProfile(MatterId id, String title, MatterCategory category, String domain, String responsibleUnit,
                     String decisionAuthority, Place place, Procedure procedure, AssessorMode assessorMode,
                     LocalDate registeredOn, Fate fate, Set<Twist> twists) {

    MatterProfile {
        twists = Set.copyOf(twists);
    }

    boolean has(Twist twist) {
        return twists.contains(twist);
    }
}
