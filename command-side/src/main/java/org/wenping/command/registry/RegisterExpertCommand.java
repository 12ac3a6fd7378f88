package org.wenping.command.registry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.registry.AgencyId;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.List;

/** 专家入库: enter an expert into the pool of a jurisdiction. */
public record RegisterExpertCommand(
        @TargetAggregateIdentifier ExpertId expertId,
        String name,
        String specialty,
        List<String> affiliatedUnits,
        List<AgencyId> affiliatedAgencies,
        JurisdictionCode jurisdiction,
        LocalDate registeredOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.KEEP_EXPERT_POOL;
    }
}
