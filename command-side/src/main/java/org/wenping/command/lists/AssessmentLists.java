package org.wenping.command.lists;

import org.wenping.kernel.lists.AssessmentListId;

import java.util.Optional;

/** What the yearly lists hold, as a matter's rules need it: the item it is registered against, R11 at its decision. */
@FunctionalInterface
public interface AssessmentLists {
    /** The list as now recorded, or empty when no list of that id was ever compiled. */
    Optional<ListStanding> findList(AssessmentListId id);
}
