package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Submit a tracking report on the implementation (全程跟踪).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record SubmitTrackingReportCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String summary,
        boolean risksUnderControl,
        LocalDate reportedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.SUBMIT_TRACKING_REPORT;
    }
}
