package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.IncidentForm;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * Report an unstable incident; during 跟踪 it re-opens the assessment (R7).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ReportIncidentCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        IncidentForm form,
        int headcount,
        LocalDate occurredOn,
        String place,
        String description) implements RecordCommand {
    @Override
    public Action action() {
        return Action.REPORT_INCIDENT;
    }
}
