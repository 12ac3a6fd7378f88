package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * Erase one person's data on the case, on its legal ground (crypto-shredding of the person's key).
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record ErasePersonalDataCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String keyId,
        String legalGround,
        LocalDate erasedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ERASE_PERSONAL_DATA;
    }
}
