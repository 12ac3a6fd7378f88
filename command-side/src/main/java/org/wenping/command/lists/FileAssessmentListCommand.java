package org.wenping.command.lists;

import org.wenping.kernel.actor.Action;
import org.wenping.command.domain.RecordCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.kernel.lists.AssessmentListId;

import java.time.LocalDate;

/** 报备: the 维稳办 records the receipt of a unit's yearly list. */
public record FileAssessmentListCommand(
        @TargetAggregateIdentifier AssessmentListId listId,
        @TargetAggregateVersion Long expectedVersion,
        String receiptNumber,
        LocalDate filedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.FILE_ASSESSMENT_LIST;
    }
}
