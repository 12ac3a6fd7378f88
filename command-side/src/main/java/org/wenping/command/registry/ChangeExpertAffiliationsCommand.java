package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.List;

/** Replace the units and agencies an expert is tied to (R5). */
public record ChangeExpertAffiliationsCommand(
        @TargetAggregateIdentifier ExpertId expertId,
        @TargetAggregateVersion Long expectedVersion,
        List<String> affiliatedUnits,
        List<AgencyId> affiliatedAgencies,
        LocalDate changedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.KEEP_EXPERT_POOL;
    }
}
