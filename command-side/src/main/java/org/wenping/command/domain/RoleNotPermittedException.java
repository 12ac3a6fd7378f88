package org.wenping.command.domain;

import org.wenping.kernel.actor.Action;
import org.wenping.kernel.actor.Actor;

/** R9: each step is done only by the roles the permission table grants it to. */
public class RoleNotPermittedException extends CommandRefusedException {
    public RoleNotPermittedException(Actor actor, Action action) {
        super("R9_ROLE_NOT_PERMITTED", Kind.FORBIDDEN, "role",
                "角色“" + actor.role().label() + "”无权办理“" + action.label() + "”");
    }
}
