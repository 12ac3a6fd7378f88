package org.wenping.command.web;

import org.axonframework.messaging.MetaData;
import org.wenping.kernel.actor.Actor;
import org.wenping.kernel.actor.EventMetadata;
import org.wenping.kernel.actor.Role;
import org.wenping.kernel.jurisdiction.JurisdictionCode;

import java.util.Arrays;

/**
 * R9 inside the aggregate: the actor a command carries in its metadata must hold one of the roles that
 * own the step and act inside the jurisdiction of the record.
 */
public final class Authority {
    private Authority() {
    }

    public static Actor require(MetaData metaData, String step, JurisdictionCode where, Role... roles) {
        Actor actor = EventMetadata.actorOf(metaData).orElseThrow(MissingActorException::new);
        if (Arrays.stream(roles).noneMatch(role -> role == actor.role())) {
            throw new RoleNotPermittedException(actor, step);
        }
        if (!actor.mayActIn(where)) {
            throw new OutsideJurisdictionException(actor, where);
        }
        return actor;
    }
}
