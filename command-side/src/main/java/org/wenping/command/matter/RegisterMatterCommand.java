package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;

/** 立项: register a matter for assessment. The grading scheme is the jurisdiction's, resolved by the server. */
public record RegisterMatterCommand(
        @TargetAggregateIdentifier MatterId matterId,
        String title,
        MatterCategory category,
        String domain,
        String responsibleUnit,
        String decisionAuthority,
        JurisdictionCode jurisdiction,
        Procedure procedure,
        AssessorMode assessorMode,
        GradingScheme gradingScheme,
        LocalDate registeredOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.REGISTER_MATTER;
    }
}
