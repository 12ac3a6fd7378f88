package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 报备: the 维稳办 records the receipt of the report before the decision, or of the report and the decision after
 * it (R6).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record RecordFilingCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String receiptNumber,
        LocalDate filedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.RECORD_FILING;
    }
}
