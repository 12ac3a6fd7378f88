package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.RulingKind;

import java.time.LocalDate;

/**
 * 裁决: the organ's ruling on the case in its current stage (R8).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record RuleOnCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        RulingKind kind,
        String summary,
        LocalDate ruledOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.RULE_ON_CASE;
    }
}
