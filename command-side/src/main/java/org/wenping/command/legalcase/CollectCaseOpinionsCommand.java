package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.matter.OpinionMethod;

import java.time.LocalDate;

/**
 * 听取意见: record how many of those heard understand and support the handling, and how many do not.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CollectCaseOpinionsCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        OpinionMethod method,
        int supportCount,
        int opposeCount,
        String summary,
        LocalDate collectedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
