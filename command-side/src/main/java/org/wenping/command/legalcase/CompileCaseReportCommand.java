package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;
import java.util.List;

/**
 * 编制评估报告 with the fields seed 004 篇4 names; persons are named by their key ids only.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record CompileCaseReportCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String caseName,
        List<String> personKeyIds,
        String summary,
        String handlingStatus,
        String problems,
        String preventionPlan,
        LocalDate compiledOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ASSESS_CASE;
    }
}
