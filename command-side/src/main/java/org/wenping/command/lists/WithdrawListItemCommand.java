package org.wenping.command.lists;

import org.wenping.kernel.actor.Action;
import org.wenping.command.domain.RecordCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.kernel.lists.AssessmentListId;

import java.time.LocalDate;

/** Take an item off the list during the year, saying why. */
public record WithdrawListItemCommand(
        @TargetAggregateIdentifier AssessmentListId listId,
        @TargetAggregateVersion Long expectedVersion,
        int itemNo,
        String reason,
        LocalDate withdrawnOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.AMEND_ASSESSMENT_LIST;
    }
}
