package org.wenping.command.lists;

import org.wenping.kernel.actor.Action;
import org.wenping.command.domain.RecordCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.PlannedItem;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/** Add an item during the year, saying why; {@code matterId} names a matter registered off the list, or is null. */
public record AddListItemCommand(
        @TargetAggregateIdentifier AssessmentListId listId,
        @TargetAggregateVersion Long expectedVersion,
        PlannedItem item,
        String reason,
        MatterId matterId,
        LocalDate addedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.AMEND_ASSESSMENT_LIST;
    }
}
