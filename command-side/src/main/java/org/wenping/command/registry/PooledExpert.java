package org.wenping.command.registry;

import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertAffiliationsChangedEvent;
import org.wenping.kernel.registry.ExpertId;
import org.wenping.kernel.registry.ExpertInterestDeclaredEvent;
import org.wenping.kernel.registry.ExpertRegisteredEvent;
import org.wenping.kernel.registry.ExpertRemovedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An expert of the 专家库 as R5 sees it: the jurisdiction whose pool holds the expert, the units and agencies the
 * expert is tied to, the matters the expert declared an interest in, and whether the expert is still in the pool.
 */
public record PooledExpert(ExpertId id, String name, JurisdictionCode jurisdiction, List<String> affiliatedUnits,
                           List<AgencyId> affiliatedAgencies, List<MatterId> declaredInterests, boolean inPool) {

    public PooledExpert {
        affiliatedUnits = List.copyOf(affiliatedUnits);
        affiliatedAgencies = List.copyOf(affiliatedAgencies);
        declaredInterests = List.copyOf(declaredInterests);
    }

    /** Whether the expert may review a matter of {@code matter}'s jurisdiction: a province's pool serves its cities and counties. */
    public boolean serves(JurisdictionCode matter) {
        return jurisdiction.contains(matter);
    }

    /** Folds the events of one expert's stream, oldest first. */
    public static Optional<PooledExpert> replay(List<?> events) {
        PooledExpert expert = null;
        for (Object event : events) {
            if (event instanceof ExpertRegisteredEvent e) {
                expert = new PooledExpert(e.expertId(), e.name(), e.jurisdiction(), e.affiliatedUnits(), e.affiliatedAgencies(), List.of(), true);
            } else if (expert != null && event instanceof ExpertAffiliationsChangedEvent e) {
                expert = new PooledExpert(expert.id, expert.name, expert.jurisdiction, e.affiliatedUnits(), e.affiliatedAgencies(),
                        expert.declaredInterests, expert.inPool);
            } else if (expert != null && event instanceof ExpertInterestDeclaredEvent e) {
                List<MatterId> interests = new ArrayList<>(expert.declaredInterests);
                interests.add(e.matterId());
                expert = new PooledExpert(expert.id, expert.name, expert.jurisdiction, expert.affiliatedUnits, expert.affiliatedAgencies,
                        interests, expert.inPool);
            } else if (expert != null && event instanceof ExpertRemovedEvent) {
                expert = new PooledExpert(expert.id, expert.name, expert.jurisdiction, expert.affiliatedUnits, expert.affiliatedAgencies,
                        expert.declaredInterests, false);
            }
        }
        return Optional.ofNullable(expert);
    }
}
