package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.wenping.command.domain.RegistrationCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.jurisdiction.JurisdictionCode;
import org.wenping.kernel.legalcase.CaseClass;
import org.wenping.kernel.legalcase.CaseId;
import org.wenping.kernel.legalcase.Organ;
import org.wenping.kernel.legalcase.ProceduralStage;
import org.wenping.kernel.matter.GradingScheme;
import org.wenping.kernel.personal.SealedPersonalData;

import java.time.LocalDate;
import java.util.List;

/**
 * 确定评估对象: list a case for 办案风险评估 after the monthly screening (月度排查). The organ's name is the listing
 * actor's unit; the grading scheme is the jurisdiction's, resolved by the server.
 *
 * @param persons 涉案人员, already sealed by the web edge: a command never carries them in clear
 */
public record ListCaseCommand(
        @TargetAggregateIdentifier CaseId caseId,
        String caseNumber,
        Organ organ,
        CaseClass caseClass,
        String handler,
        String caseLead,
        String organHead,
        String summary,
        List<SealedPersonalData> persons,
        ProceduralStage stage,
        JurisdictionCode jurisdiction,
        GradingScheme gradingScheme,
        LocalDate acceptedOn,
        LocalDate listedOn) implements RegistrationCommand {
    @Override
    public Action action() {
        return Action.LIST_CASE;
    }
}
