package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.OpinionMethod;

import java.time.LocalDate;

/**
 * 听取意见: record the opinions heard by one method.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CollectOpinionsCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        OpinionMethod method,
        int participants,
        int supportCount,
        int opposeCount,
        String summary,
        LocalDate collectedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.COLLECT_OPINIONS;
    }
}
