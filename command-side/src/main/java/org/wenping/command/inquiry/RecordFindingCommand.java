package org.wenping.command.inquiry;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.inquiry.Breach;
import org.wenping.kernel.inquiry.InquiryId;

import java.time.LocalDate;
import java.util.List;

/**
 * Record that {@code person} breached their duty, citing the subject's events; their name, unit, roles,
 * responsibility and any 酌情减轻 are read from the subject's record, not given here.
 *
 * @param person the username the subject's events record as their actor
 * @param evidence sequence numbers of events in the subject's own stream
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record RecordFindingCommand(
        @TargetAggregateIdentifier InquiryId inquiryId,
        @TargetAggregateVersion Long expectedVersion,
        String findingId,
        String person,
        Breach breach,
        List<Long> evidence,
        String statement,
        LocalDate foundOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.CONDUCT_INQUIRY;
    }
}
