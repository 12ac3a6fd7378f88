package org.wenping.command.lists;

import org.wenping.kernel.actor.Action;
import org.wenping.command.domain.RegistrationCommand;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.lists.PlannedItem;

import java.time.LocalDate;
import java.util.List;

/** 编制年度评估计划表: a responsible unit lists the year's decisions that must be assessed. */
public record CompileAssessmentListCommand(
        @TargetAggregateIdentifier AssessmentListId listId,
        String responsibleUnit,
        JurisdictionCode jurisdiction,
        int year,
        List<PlannedItem> items,
        LocalDate compiledOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.COMPILE_ASSESSMENT_LIST;
    }
}
