package org.wenping.command.matter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.matter.MatterId;
import org.wenping.kernel.matter.RiskLevel;

import java.time.LocalDate;
import java.util.List;

/**
 * 定级: assign the risk level, a level of the scheme recorded on the matter (R3 escalates a non-low grade under
 * 简易程序).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record GradeRiskCommand(
        @TargetAggregateIdentifier MatterId matterId,
        @TargetAggregateVersion Long expectedVersion,
        RiskLevel level,
        List<String> reasons,
        LocalDate gradedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.GRADE_RISK;
    }
}
