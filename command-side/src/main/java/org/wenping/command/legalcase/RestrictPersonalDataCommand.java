package org.wenping.command.legalcase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.wenping.command.domain.RecordCommand;
import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.legalcase.CaseId;

import java.time.LocalDate;

/**
 * Restrict one person's data instead of erasing it, where a retention duty forbids erasure: storage only,
 * readable by {@code readableBy} alone.
 *
 * @param expectedVersion the version the client saw (If-Match), or null to act on the latest
 */
public record RestrictPersonalDataCommand(
        @TargetAggregateIdentifier CaseId caseId,
        @TargetAggregateVersion Long expectedVersion,
        String keyId,
        String legalGround,
        Role readableBy,
        LocalDate restrictedOn) implements RecordCommand {
    @Override
    public Action action() {
        return Action.ERASE_PERSONAL_DATA;
    }
}
