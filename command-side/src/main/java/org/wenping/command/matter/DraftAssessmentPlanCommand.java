package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;
import java.util.List;

/**
 * 制定评估方案: set down the assessment plan.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record DraftAssessmentPlanCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String scope,
        List<String> methods,
        String standards,
        LocalDate dueBy,
        List<String> unitsInvolved,
        LocalDate draftedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.DRAFT_ASSESSMENT_PLAN;
    }
}
