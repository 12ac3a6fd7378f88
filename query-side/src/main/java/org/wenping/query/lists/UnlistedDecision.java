package org.wenping.query.lists;

import java.time.LocalDate;

/** A matter decided while on no filed yearly list (未备案, R11), where the jurisdiction flags rather than refuses. */
record UnlistedDecision(String matterId, String title, String responsibleUnit, String jurisdiction, String listId,
                        String offListReason, LocalDate decidedOn, String flag) {
    static UnlistedDecision of(StoredMatter matter) {
        return new UnlistedDecision(matter.matterId(), matter.title(), matter.responsibleUnit(), matter.jurisdiction(),
                matter.listId(), matter.offListReason(), matter.unlistedDecisionOn(), "未备案");
    }
}
