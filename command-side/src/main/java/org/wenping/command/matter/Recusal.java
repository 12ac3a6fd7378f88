package org.wenping.command.matter;

import org.wenping.command.registry.PooledExpert;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.util.ArrayList;
import java.util.List;

/**
 * R5 回避 (seed 002): an expert cannot sit on the review panel of a matter when tied to its responsible
 * unit, tied to the agency commissioned to assess it, or having declared an interest in it. Units are
 * matched by their name as registered, ignoring surrounding blanks.
 */
final class Recusal {
    /** One reason one expert must stand down. */
    record Conflict(ExpertId expert, String name, String reason) {
        String describe() {
            return name + "(" + expert + ")" + reason;
        }
    }

    private Recusal() {
    }

    static List<Conflict> conflicts(List<PooledExpert> panel, MatterId matter, String responsibleUnit, AgencyId agency) {
        List<Conflict> conflicts = new ArrayList<>();
        for (PooledExpert expert : panel) {
            if (responsibleUnit != null && expert.affiliatedUnits().stream()
                    .anyMatch(unit -> unit.trim().equals(responsibleUnit.trim()))) {
                conflicts.add(new Conflict(expert.id(), expert.name(), "与评估责任主体“" + responsibleUnit + "”有关联"));
            }
            if (agency != null && expert.affiliatedAgencies().contains(agency)) {
                conflicts.add(new Conflict(expert.id(), expert.name(), "与受托评估机构 " + agency + " 有关联"));
            }
            if (expert.declaredInterests().contains(matter)) {
                conflicts.add(new Conflict(expert.id(), expert.name(), "已申报与本事项有利害关系"));
            }
        }
        return conflicts;
    }
}
