package org.wenping.command.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.inquiry.InquiryId;
import org.wenping.kernel.inquiry.SanctionKind;

import java.time.LocalDate;

/**
 * Impose a sanction on the person a finding of the inquiry names.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ImposeSanctionCommand(
        @TargetAggregateIdentifier InquiryId inquiryId,
        @TargetAggregateVersion Long expectedVersion,
        String findingId,
        SanctionKind kind,
        String text,
        LocalDate imposedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CONDUCT_INQUIRY;
    }
}
