package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;

/** 专家出库: take an expert out of the pool. */
public record RemoveExpertCommand(
        @TargetAggregateIdentifier ExpertId expertId,
        @TargetAggregateVersion Long expectedVersion,
        String reason,
        LocalDate removedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.KEEP_EXPERT_POOL;
    }
}
