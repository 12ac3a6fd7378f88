package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.ProceduralStage;

import java.time.LocalDate;

/**
 * Move the case into a new procedural stage, which re-opens its assessment.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ChangeCaseStageCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        ProceduralStage stage,
        String reason,
        LocalDate changedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CHANGE_CASE_STAGE;
    }
}
