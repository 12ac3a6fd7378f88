package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.lists.AssessmentListId;
import org.wenping.kernel.matter.AssessorMode;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.matter.MatterCategory;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.Procedure;

import java.time.LocalDate;

/**
 * 立项: register a matter for assessment. The grading scheme is the jurisdiction's, resolved by the server.
 *
 * @param listId the yearly list whose item {@code listItemNo} the matter carries out, or null
 * @param offListReason why a matter against no list item is not on its unit's list, or null
 */
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
        LocalDate registeredOn,
        AssessmentListId listId,
        Integer listItemNo,
        String offListReason) implements RegistrationCommand {

    /** A registration that names neither a list item nor a reason for being off the list. */
    public RegisterMatterCommand(MatterId matterId, String title, MatterCategory category, String domain,
                                 String responsibleUnit, String decisionAuthority, JurisdictionCode jurisdiction,
                                 Procedure procedure, AssessorMode assessorMode, GradingScheme gradingScheme,
                                 LocalDate registeredOn) {
        this(matterId, title, category, domain, responsibleUnit, decisionAuthority, jurisdiction, procedure,
                assessorMode, gradingScheme, registeredOn, null, null, null);
    }

    @Override
    public Action action() {
        return Action.REGISTER_MATTER;
    }
}
