package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * 制订工作措施: adopt a measure of the 预防处置工作方案, with who carries it out.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record AdoptCaseMeasureCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String measureId,
        String description,
        String responsibleUnit,
        String responsiblePerson,
        LocalDate dueBy,
        LocalDate adoptedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
