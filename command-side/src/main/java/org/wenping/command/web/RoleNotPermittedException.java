package org.wenping.command.web;

import org.wenping.kernel.actor.Actor;

/** R9: each step is done only by the role that owns it. */
public class RoleNotPermittedException extends CommandRefusedException {
    public RoleNotPermittedException(Actor actor, String step) {
        super("R9_ROLE_NOT_PERMITTED", Kind.FORBIDDEN, "role",
                "角色“" + actor.role().label() + "”无权办理“" + step + "”");
    }
}
