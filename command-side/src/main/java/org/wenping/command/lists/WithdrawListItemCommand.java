package org.wenping.command.lists;

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
        LocalDate withdrawnOn) {
}
