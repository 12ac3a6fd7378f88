package org.wenping.command.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.inquiry.InquiryId;

import java.time.LocalDate;

/**
 * Conclude the inquiry; nothing is recorded on it afterwards.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ConcludeInquiryCommand(
        @TargetAggregateIdentifier InquiryId inquiryId,
        @TargetAggregateVersion Long expectedVersion,
        String conclusion,
        LocalDate concludedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CONDUCT_INQUIRY;
    }
}
