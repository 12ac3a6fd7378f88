package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.SelectionMethod;
import org.wenping.kernel.registry.AgencyId;

import java.time.LocalDate;

/**
 * 委托第三方: commission a registered assessment agency, selected in a lawful way (R4).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CommissionAgencyCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        AgencyId agencyId,
        SelectionMethod selectionMethod,
        LocalDate commissionedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.COMMISSION_AGENCY;
    }
}
