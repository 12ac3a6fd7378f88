package org.wenping.command.domain;

import org.axonframework.messaging.MetaData;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Permissions;
import org.wenping.kernel.actor.Scope;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

/**
 * R9 at the entry of every aggregate, from the permission table ({@link Permissions}): the actor a command
 * carries in its metadata holds a role that may perform the command's action, and acts inside the jurisdiction
 * of the record. Each aggregate calls it once, from its command handler interceptor, before any handler runs.
 * The finer scope of a correction (R10, {@link Scope#RECORDED_BY_OWN_ROLE}) needs the corrected event and is
 * checked by the correction itself.
 */
final class Authority {
    private Authority() {
    }

    /**
     * @param record the jurisdiction of the record the command acts on, or null when the command registers it
     */
    static Actor require(RecordCommand command, MetaData metaData, JurisdictionCode record) {
        Actor actor = EventMetadata.actorOf(metaData).orElseThrow(MissingActorException::new);
        Scope scope = Permissions.scope(actor.role(), command.action())
                .orElseThrow(() -> new RoleNotPermittedException(actor, command.action()));
        JurisdictionCode where = record != null ? record : ((RegistrationCommand) command).jurisdiction();
        if (scope != Scope.SYSTEM && !actor.mayActIn(where)) {
            throw new OutsideJurisdictionException(actor, where);
        }
        return actor;
    }
}
