package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;

import java.time.LocalDate;

/**
 * 编制评估报告: record the report by its title and the SHA-256 of its document.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CompileReportCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        String title,
        String documentHash,
        LocalDate compiledOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.COMPILE_REPORT;
    }
}
