package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;

/** Record an expert's interest in a matter (利害关系), which bars the expert from its panel (R5). */
public record DeclareExpertInterestCommand(
        @TargetAggregateIdentifier ExpertId expertId,
        @TargetAggregateVersion Long expectedVersion,
        MatterId matterId,
        String interest,
        LocalDate declaredOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.KEEP_EXPERT_POOL;
    }
}
