package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.ReviewConclusion;
import org.wenping.kernel.registry.ExpertId;

import java.time.LocalDate;
import java.util.List;

/**
 * 组织评审: record the expert panel's review of the report; the panel must be free of conflicts (R5).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ReviewReportCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        List<ExpertId> panel,
        List<String> opinions,
        ReviewConclusion conclusion,
        LocalDate reviewedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.REVIEW_REPORT;
    }
}
